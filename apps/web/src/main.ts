import "./styles.css";
import { DATASET_VERSION } from "@korea-relations/core";
import { relations } from "./relations.js";
import { startApp } from "./startApp.js";

const root = document.getElementById("app");
if (root) {
  startApp(root, relations, { builtin: true, name: "korea-relations", version: DATASET_VERSION });
}
