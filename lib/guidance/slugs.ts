// The seeded articles' addresses. The wizard links to them and the seed
// creates them; a test checks that every slug the wizard names is seeded.
export const ARTICLE = {
  whenSomeoneAsks: "nar-nagon-fragar-om-att-atervanda",
  whereToRefer: "vart-hanvisar-jag",
  terminology: "atervandring-och-atervandande",
  grant2026: "atervandringsbidrag-fran-2026",
  grantUntil2025: "atervandringsbidrag-till-och-med-2025",
  whoQualifies: "vem-kan-fa-atervandringsbidrag",
  swedishCitizens: "svenska-medborgare",
  reestablishment: "ateretableringsstod",
  contacts: "kontakter",
  office: "atervandringskontoret",
  privacy: "sekretess-nar-du-hanvisar",
} as const;

export type ArticleSlug = (typeof ARTICLE)[keyof typeof ARTICLE];
