import "./styles.css";
import { relations } from "./relations.js";
import { startApp } from "./startApp.js";

const root = document.getElementById("app");
if (root) startApp(root, relations);
