/** One address of every kind of page the app shows, for checks that visit them all. */
export const PAGES = [
  "#/",
  "#/search?q=Korea",
  "#/browse/person",
  "#/browse/event",
  "#/country/KR",
  "#/country/DE",
  "#/place/kuala-lumpur",
  "#/organization/admm-plus",
  "#/person/lee-jae-myung",
  "#/office/lee-jae-myung-head-of-state-2025",
  "#/event/2025-11-01-admm-plus-kuala-lumpur",
  "#/agreement/2022-kr-pl-arms-deal",
  "#/quote/ahn-gyu-back-constructive-role",
  "#/topic/forced-labour",
  "#/source/ffo-2020-08-10-strategic-dialogue",
  "#/timeline",
  "#/timeline?country=KR&group=partner",
  "#/network",
  "#/no/such-page",
] as const;

/** The two viewports every page is checked at: a phone and a laptop. */
export const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
] as const;
