import { synthetic } from "./bench/synthetic.js";
import { createRelations } from "./src/createRelations.js";

const records = synthetic(20000, 42);
let t = performance.now();
const r = createRelations(records as never);
console.log("build", (performance.now() - t).toFixed(0));
t = performance.now();
r.findEvents({ from: "2000-03", to: "2000-03" });
console.log("events index", (performance.now() - t).toFixed(0));
t = performance.now();
r.relatedRecords("KR");
console.log("links", (performance.now() - t).toFixed(0));
