#!/usr/bin/env node
// A short summary of the dataset and an example query, printed by `pnpm start`
// until the terminal UI exists. Every query comes from @korea-relations/core.
import { dataset, findEvents, officeHolders, search } from "@korea-relations/core";

const counts = Object.entries(dataset)
  .filter(([key]) => key !== "records")
  .map(([key, list]) => `${key} ${list.length}`)
  .join(" · ");
console.log(`korea-relations: ${dataset.records.length} records (${counts})\n`);

console.log("Events with South Korea as a party:");
for (const event of findEvents({ countries: ["Südkorea"] })) {
  console.log(`  ${event.date.value.padEnd(10)}  ${event.title.en}`);
}

console.log('\nsearch("Kang Kyung-wha"):');
for (const hit of search("Kang Kyung-wha", { limit: 3 })) {
  console.log(`  ${hit.type.padEnd(12)} ${hit.label} — ${hit.detail}`);
}

console.log('\nofficeHolders({ role: "foreign-minister", country: "KR", at: "2020-08-10" }):');
for (const office of officeHolders({ role: "foreign-minister", country: "KR", at: "2020-08-10" })) {
  console.log(`  ${office.person}: ${office.title} (${office.observed.value})`);
}
