// Fixed data behind the builders and the demo seed: fictional people from the
// main countries of return from Sweden, the office's real partner bodies, and
// the Swedish phrases a case file is written in. Every person is made up; the
// organisations are real and carry only their well-known public homepages.
import type { OrganisationKind, PermitGround } from "../generated/prisma/enums";

export type CountryProfile = {
  /** ISO 3166-1 alpha-2 (Kosovo: the user-assigned XK, as used by the EU and Migrationsverket). */
  code: string;
  nameSv: string;
  /** ISO 639-1; the first is the usual interpreter language. */
  languages: readonly string[];
  male: readonly string[];
  female: readonly string[];
  lastNames: readonly string[];
  /** Relative weight among the office's cases. */
  weight: number;
  /** Ages of applicants, inclusive. */
  ageRange: readonly [number, number];
  /** Protection grounds typical for this group and the years such permits were granted. */
  grounds: ReadonlyArray<{ ground: PermitGround; years: readonly [number, number]; weight: number }>;
  /** Another country some choose to settle in instead (destinationIsHomeCountry = false). */
  otherDestinations: readonly string[];
  /** A second citizenship some hold (besides SE). */
  secondCitizenship?: string;
};

export const COUNTRIES: readonly CountryProfile[] = [
  {
    code: "BA",
    nameSv: "Bosnien och Hercegovina",
    languages: ["bs", "hr", "sr"],
    male: ["Adnan", "Amir", "Edin", "Emir", "Haris", "Jasmin", "Kenan", "Mirza", "Nermin", "Senad", "Tarik", "Mehmed", "Dževad", "Goran", "Zoran"],
    female: ["Aida", "Alma", "Amra", "Azra", "Dženana", "Emina", "Jasmina", "Lejla", "Merima", "Mirela", "Sabina", "Selma", "Zehra"],
    lastNames: ["Hadžić", "Hodžić", "Begić", "Delić", "Mehmedović", "Halilović", "Omerović", "Ibrahimović", "Mujić", "Karić", "Jukić", "Babić", "Kovačević", "Softić", "Alić"],
    weight: 16,
    ageRange: [45, 82],
    grounds: [
      { ground: "REFUGEE", years: [1993, 2001], weight: 6 },
      { ground: "EXCEPTIONALLY_DISTRESSING", years: [1993, 1999], weight: 2 },
      { ground: "SUBSIDIARY_PROTECTION", years: [1994, 2000], weight: 1 },
    ],
    otherDestinations: ["HR"],
    secondCitizenship: "HR",
  },
  {
    code: "IQ",
    nameSv: "Irak",
    languages: ["ar", "ckb"],
    male: ["Ali", "Hussein", "Mohammed", "Ahmed", "Hassan", "Omar", "Mustafa", "Karim", "Saif", "Haider", "Abbas", "Yousif", "Karwan", "Rebwar"],
    female: ["Fatima", "Zainab", "Maryam", "Noor", "Sara", "Huda", "Rana", "Shahad", "Zahraa", "Layla", "Shilan", "Nazdar"],
    lastNames: ["Al-Jabouri", "Al-Saadi", "Hamid", "Kadhim", "Al-Obeidi", "Jassim", "Mahmoud", "Salih", "Al-Tamimi", "Abdullah", "Rashid", "Aziz", "Qadir"],
    weight: 16,
    ageRange: [24, 70],
    grounds: [
      { ground: "REFUGEE", years: [2003, 2019], weight: 4 },
      { ground: "SUBSIDIARY_PROTECTION", years: [2006, 2018], weight: 4 },
      { ground: "QUOTA_REFUGEE", years: [2008, 2020], weight: 1 },
    ],
    otherDestinations: ["TR", "JO"],
  },
  {
    code: "SY",
    nameSv: "Syrien",
    languages: ["ar", "kmr"],
    male: ["Mohammad", "Ahmad", "Khaled", "Rami", "Fadi", "Samer", "Yazan", "Tarek", "Majd", "Omar", "Bilal", "Nizar"],
    female: ["Rasha", "Hala", "Lina", "Reem", "Nour", "Dima", "Ghada", "Rima", "Yasmin", "Aya", "Ruba", "Salam"],
    lastNames: ["Al-Halabi", "Haddad", "Khoury", "Al-Ahmad", "Darwish", "Sabbagh", "Othman", "Hamdan", "Al-Khatib", "Najjar", "Suleiman", "Kassab"],
    weight: 15,
    ageRange: [22, 68],
    grounds: [
      { ground: "REFUGEE", years: [2012, 2020], weight: 5 },
      { ground: "SUBSIDIARY_PROTECTION", years: [2013, 2018], weight: 4 },
      { ground: "QUOTA_REFUGEE", years: [2014, 2022], weight: 1 },
    ],
    otherDestinations: ["TR", "LB"],
  },
  {
    code: "AF",
    nameSv: "Afghanistan",
    languages: ["fa", "ps"],
    male: ["Ahmad", "Mohammad", "Hamid", "Farid", "Jawad", "Mustafa", "Ali", "Reza", "Sayed", "Bashir", "Naveed", "Ehsan", "Mujtaba"],
    female: ["Fatima", "Maryam", "Zahra", "Parwana", "Shabnam", "Fereshta", "Mina", "Nargis", "Soraya", "Laila", "Marzia"],
    lastNames: ["Ahmadi", "Hashimi", "Rahimi", "Sultani", "Karimi", "Hussaini", "Noori", "Haidari", "Sadat", "Mohammadi", "Amiri", "Azizi"],
    weight: 12,
    ageRange: [20, 60],
    grounds: [
      { ground: "SUBSIDIARY_PROTECTION", years: [2010, 2019], weight: 4 },
      { ground: "REFUGEE", years: [2008, 2022], weight: 3 },
      { ground: "EXCEPTIONALLY_DISTRESSING", years: [2014, 2019], weight: 1 },
    ],
    otherDestinations: ["IR", "PK"],
  },
  {
    code: "SO",
    nameSv: "Somalia",
    languages: ["so", "ar"],
    male: ["Abdi", "Mohamed", "Ahmed", "Hassan", "Abdullahi", "Yusuf", "Ali", "Omar", "Abdirahman", "Mustafe", "Liban"],
    female: ["Hodan", "Fadumo", "Sahra", "Amina", "Ifrah", "Hawa", "Asha", "Khadra", "Nasra", "Sagal", "Ubah"],
    lastNames: ["Abdi", "Warsame", "Farah", "Hersi", "Jama", "Nur", "Osman", "Mohamud", "Aden", "Egal", "Ismail", "Yusuf"],
    weight: 11,
    ageRange: [22, 70],
    grounds: [
      { ground: "REFUGEE", years: [1995, 2016], weight: 3 },
      { ground: "SUBSIDIARY_PROTECTION", years: [2007, 2016], weight: 4 },
      { ground: "QUOTA_REFUGEE", years: [2008, 2018], weight: 1 },
    ],
    otherDestinations: ["KE", "ET"],
  },
  {
    code: "ER",
    nameSv: "Eritrea",
    languages: ["ti", "ar"],
    male: ["Yonas", "Tesfay", "Dawit", "Samuel", "Robel", "Mehari", "Filmon", "Haile", "Kibrom", "Yohannes", "Aron"],
    female: ["Helen", "Selam", "Senait", "Ruth", "Saba", "Mebrat", "Freweini", "Hiwet", "Semhar", "Luwam", "Yordanos"],
    lastNames: ["Tesfamariam", "Ghebremariam", "Haile", "Kidane", "Tekle", "Berhe", "Woldu", "Gebreyesus", "Asmerom", "Mehari", "Habte"],
    weight: 7,
    ageRange: [22, 65],
    grounds: [
      { ground: "REFUGEE", years: [2008, 2020], weight: 5 },
      { ground: "QUOTA_REFUGEE", years: [2010, 2020], weight: 1 },
    ],
    otherDestinations: ["ET", "UG"],
  },
  {
    code: "IR",
    nameSv: "Iran",
    languages: ["fa"],
    male: ["Reza", "Ali", "Mehdi", "Hossein", "Amir", "Babak", "Behnam", "Kaveh", "Arash", "Dariush", "Farhad"],
    female: ["Maryam", "Sara", "Nasrin", "Shirin", "Leila", "Parisa", "Roya", "Mahsa", "Niloufar", "Azadeh", "Mitra"],
    lastNames: ["Hosseini", "Mohammadi", "Rezaei", "Karimi", "Ahmadi", "Jafari", "Moradi", "Rahimi", "Sadeghi", "Tehrani", "Kazemi"],
    weight: 8,
    ageRange: [28, 78],
    grounds: [
      { ground: "REFUGEE", years: [1986, 2018], weight: 5 },
      { ground: "QUOTA_REFUGEE", years: [1990, 2015], weight: 1 },
    ],
    otherDestinations: ["TR"],
  },
  {
    code: "XK",
    nameSv: "Kosovo",
    languages: ["sq", "sr"],
    male: ["Arben", "Besnik", "Driton", "Fatmir", "Valon", "Agron", "Ilir", "Blerim", "Luan", "Labinot"],
    female: ["Arta", "Blerta", "Drita", "Fjolla", "Teuta", "Liridona", "Mimoza", "Shqipe", "Albana", "Valbona"],
    lastNames: ["Krasniqi", "Gashi", "Berisha", "Morina", "Hoxha", "Shala", "Bytyqi", "Kelmendi", "Rexhepi", "Hasani"],
    weight: 6,
    ageRange: [35, 75],
    grounds: [
      { ground: "REFUGEE", years: [1998, 2001], weight: 3 },
      { ground: "EXCEPTIONALLY_DISTRESSING", years: [1999, 2010], weight: 1 },
    ],
    otherDestinations: ["AL"],
  },
  {
    code: "RS",
    nameSv: "Serbien",
    languages: ["sr"],
    male: ["Nikola", "Marko", "Stefan", "Miloš", "Dragan", "Nenad", "Dejan", "Milan", "Aleksandar", "Vladimir"],
    female: ["Jelena", "Milica", "Ana", "Marija", "Snežana", "Dragana", "Ivana", "Vesna", "Tijana", "Jovana"],
    lastNames: ["Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković", "Pavlović", "Popović"],
    weight: 4,
    ageRange: [35, 78],
    grounds: [
      { ground: "EXCEPTIONALLY_DISTRESSING", years: [1994, 2005], weight: 2 },
      { ground: "REFUGEE", years: [1993, 2000], weight: 1 },
    ],
    otherDestinations: ["BA"],
  },
  {
    code: "UA",
    nameSv: "Ukraina",
    languages: ["uk", "ru"],
    male: ["Oleksandr", "Andrii", "Serhii", "Dmytro", "Mykola", "Ihor", "Yurii", "Vasyl", "Taras", "Bohdan"],
    female: ["Olena", "Tetiana", "Nataliia", "Iryna", "Oksana", "Kateryna", "Yuliia", "Svitlana", "Halyna", "Anastasiia"],
    lastNames: ["Kovalenko", "Bondarenko", "Tkachenko", "Shevchenko", "Melnyk", "Kravchenko", "Boiko", "Oliinyk", "Lysenko", "Moroz", "Savchenko"],
    weight: 5,
    ageRange: [22, 72],
    grounds: [
      { ground: "REFUGEE", years: [2015, 2021], weight: 1 },
    ],
    otherDestinations: ["PL"],
  },
  {
    code: "CL",
    nameSv: "Chile",
    languages: ["es"],
    male: ["José", "Luis", "Juan", "Carlos", "Jorge", "Manuel", "Patricio", "Sergio", "Hernán", "Rodrigo"],
    female: ["María", "Carmen", "Patricia", "Verónica", "Claudia", "Ximena", "Paulina", "Soledad", "Marcela", "Rosa"],
    lastNames: ["González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Fuentes"],
    weight: 4,
    ageRange: [58, 85],
    grounds: [
      { ground: "REFUGEE", years: [1974, 1989], weight: 4 },
      { ground: "QUOTA_REFUGEE", years: [1974, 1985], weight: 1 },
    ],
    otherDestinations: ["AR"],
  },
];

/** The catalog's profile of a country of origin. */
export function countryByCode(code: string): CountryProfile {
  const country = COUNTRIES.find((candidate) => candidate.code === code);
  if (!country) throw new RangeError(`No country profile for "${code}"`);
  return country;
}

/** Grounds outside the return grant, for people the office must route elsewhere or inform only. */
export const NON_QUALIFYING_GROUNDS: readonly PermitGround[] = ["WORK", "STUDIES", "FAMILY_TIES", "OTHER"];

/** Districts of Stockholm where the office's clients live; street names are generic, numbers invented. */
export const ADDRESSES: ReadonlyArray<{ street: string; postcode: string; area: string }> = [
  { street: "Rinkebystråket", postcode: "163 71", area: "Spånga" },
  { street: "Tensta allé", postcode: "163 64", area: "Spånga" },
  { street: "Husby allé", postcode: "164 32", area: "Kista" },
  { street: "Skärholmsvägen", postcode: "127 48", area: "Skärholmen" },
  { street: "Bredängsvägen", postcode: "127 32", area: "Skärholmen" },
  { street: "Farstagången", postcode: "123 47", area: "Farsta" },
  { street: "Hagsätra torg", postcode: "124 73", area: "Bandhagen" },
  { street: "Hässelby gårds väg", postcode: "165 70", area: "Hässelby" },
  { street: "Rågsvedsvägen", postcode: "124 64", area: "Bandhagen" },
  { street: "Vårbergsvägen", postcode: "127 43", area: "Skärholmen" },
  { street: "Akalla torg", postcode: "164 40", area: "Kista" },
  { street: "Alby gränd", postcode: "145 59", area: "Norsborg" },
];

export type OrganisationSeed = {
  key: OrganisationKey;
  name: string;
  kind: OrganisationKind;
  country: string;
  phone: string | null;
  website: string | null;
  contactRoutes: string;
};

export const ORGANISATION_KEYS = ["migrationsverket", "iom", "arbetsformedlingen", "socialtjanst", "clu", "association"] as const;
export type OrganisationKey = (typeof ORGANISATION_KEYS)[number];

export const ORGANISATIONS: readonly OrganisationSeed[] = [
  {
    key: "migrationsverket",
    name: "Migrationsverket",
    kind: "AUTHORITY",
    country: "SE",
    phone: "+46771235235",
    website: "https://www.migrationsverket.se",
    contactRoutes:
      "Prövar ansökan om bidrag till resa för bosättning i annat land (SFS 1984:890) och beslutar om återetableringsstöd för den som fått avslag på sin asylansökan. Ansökan lämnas på myndighetens blankett; den sökande ska ha samtyckt till att uppgifterna lämnas över.",
  },
  {
    key: "iom",
    name: "IOM Finland (Internationella organisationen för migration)",
    kind: "INTERNATIONAL_ORGANISATION",
    country: "FI",
    phone: null,
    website: "https://finland.iom.int",
    contactRoutes:
      "IOM:s kontor i Helsingfors ansvarar också för verksamheten i Sverige: stöd vid återresa och återintegration, i samarbete med Migrationsverket och IOM:s kontor i hemländerna.",
  },
  {
    key: "arbetsformedlingen",
    name: "Arbetsförmedlingen",
    kind: "AUTHORITY",
    country: "SE",
    phone: "+46771416416",
    website: "https://arbetsformedlingen.se",
    contactRoutes: "Vägledning om arbete och utbildning i Sverige för den som väljer att stanna.",
  },
  {
    key: "socialtjanst",
    name: "Socialtjänsten, Stockholms stad",
    kind: "MUNICIPAL_SERVICE",
    country: "SE",
    phone: null,
    website: "https://start.stockholm",
    contactRoutes: "Stadsdelsförvaltningens socialtjänst i den stadsdel där personen bor; kontakt via stadens kontaktcenter.",
  },
  {
    key: "clu",
    name: "Center för lokal utveckling (CLU), Bosnien och Hercegovina",
    kind: "PARTNER_ABROAD",
    country: "BA",
    phone: null,
    website: null,
    contactRoutes:
      "Handläggare på kommunernas CLU-kontor tar emot återvandrare och hjälper med bostad, handlingar och kontakter i hemkommunen. Kontakt genom Återvandringskontorets samarbetsperson.",
  },
  {
    key: "association",
    name: "Irakiska kulturföreningen i Stockholm (exempel)",
    kind: "ASSOCIATION",
    country: "SE",
    phone: null,
    website: null,
    contactRoutes: "Fiktiv förening för demo: informationsträffar om frivillig återvandring i samarbete med kontoret.",
  },
];

export const SESSION_NOTES: Readonly<Record<"INTAKE" | "COUNSELLING" | "PLANNING" | "REFERRED" | "AWAITING_DECISION", readonly string[]>> = {
  INTAKE: [
    "Första kontakt. Informerade om kontorets uppdrag och om att återvandring är frivillig.",
    "Inledande samtal om familjens situation och tankar om att återvända.",
  ],
  COUNSELLING: [
    "Gick igenom villkoren för återvandringsbidraget och vad som krävs för att ansöka.",
    "Samtal om bostad och försörjning i hemlandet. Klienten vill fundera vidare.",
    "Diskuterade barnens skolgång och vårdbehov inför en eventuell flytt.",
    "Informerade om att bidrag bara kan beviljas en gång och att beslutet fattas av Migrationsverket.",
  ],
  PLANNING: [
    "Gick igenom återvandringsplanen: pass, bostad, resa och avregistrering.",
    "Kontrollerade passets giltighet och vilka handlingar som saknas.",
    "Planerade resan och kostnadsberäkning. Samtycke till överlämning inhämtat.",
  ],
  REFERRED: ["Ansökan skickad till Migrationsverket. Informerade om handläggningstiden."],
  AWAITING_DECISION: [
    "Väntar på beslut. Gick igenom praktiska förberedelser inför avresan.",
    "Uppföljning medan ansökan prövas; inga nya uppgifter behövs just nu.",
  ],
};

export const FOLLOW_UP_NOTES: readonly string[] = [
  "Telefonuppföljning. Familjen har bostad och barnen går i skolan.",
  "Har fått arbete men lönen räcker knappt; saknar nätverk.",
  "Bor hos släktingar i väntan på egen bostad.",
  "Mår bra, men oroar sig för sjukvården.",
  "Har startat eget företag med stöd från återintegrationsprogrammet.",
];
