// Referral guidance for city staff: the articles the office starts with, in
// Swedish and English, from the city's own papers (2010, 2018) and the public
// sources DOMAIN.md lists. Each article names its sources, one per line.
//
//   await seedGuidance(databaseUrl)          // its own connection and transaction
//   await seedGuidance(client)               // inside the caller's transaction
//
// Idempotent: an upsert by slug. An article an administrator has edited
// (version > 1) is never overwritten; one still as seeded gets the text below.
// No "server-only": it runs outside Next.js, like the rest of lib/seed.
import crypto from "node:crypto";
import { ARTICLE } from "../guidance/slugs";
import type { ArticleText } from "../guidance/article";
import { inOwnTransaction, type Queryable } from "./transaction";

export type SeedArticle = ArticleText;

/** The day the texts below were last checked against DOMAIN.md and its sources. */
export const GUIDANCE_REVIEWED_ON = "2026-11-23";

const SRC = {
  norrmalm2018:
    "Stockholms stad, Norrmalms stadsdelsförvaltning: tjänsteutlåtande över remiss om motion (2017:40) om återvandringsbidrag, Dnr 2017/697-1.5.1 (2018)",
  amf2018: "Stockholms stad, Arbetsmarknadsförvaltningen: tjänsteutlåtande över remiss om motion (2017:40) om återvandringsbidrag (2018)",
  plan2010: "Stockholms stad, Utbildningsförvaltningen: Återvandringskontorets verksamhetsplanering 2010–2013 (tjänsteutlåtande, 2010)",
  ordinance2026:
    "Förordning (1984:890) om bidrag till utlänningars resor från Sverige för bosättning i annat land, i lydelse fr.o.m. 2026-01-01 (regeringsbeslut 2025-10-30)",
  ordinance2025: "Förordning (1984:890) om bidrag till utlänningars resor från Sverige för bosättning i annat land, i lydelse t.o.m. 2025-12-31",
  oncePerPerson: "SFS 2009:1162 (bidrag bara en gång per person, från 2010)",
  mvGrantEn: "Migrationsverket: Repatriation grant, https://www.migrationsverket.se/en",
  mvReturn: "Migrationsverket: Frivillig återvandring / Återvandring, https://www.migrationsverket.se",
  mvReestablishment: "Migrationsverket: Återetableringsstöd",
  eurp: "EU Reintegration Programme (EURP): stöd i form av varor och tjänster, 3 000 euro per person från 2024-07-01",
  serviceDuty: "Förvaltningslagen (1986:223) 4 § om serviceskyldighet, som staden hänvisade till 2018; i dag 6 § förvaltningslagen (2017:900)",
  udhr: "FN:s allmänna förklaring om de mänskliga rättigheterna (1948), artikel 13",
  osl: "Offentlighets- och sekretesslagen (2009:400) 26 kap. 1 §",
  solpul: "Lagen (2001:454) om behandling av personuppgifter inom socialtjänsten (SoLPuL)",
  gdpr: "Dataskyddsförordningen (EU) 2016/679, artikel 9",
  imy: "IMY: behörighetsstyrning, säkerhetsloggning och logguppföljning",
} as const;

export const GUIDANCE_ARTICLES: readonly SeedArticle[] = [
  {
    slug: ARTICLE.whenSomeoneAsks,
    topic: "WHERE_TO_REFER",
    titleSv: "När någon frågar om att återvända: så kan du svara",
    titleEn: "When someone asks about returning: what you can say",
    bodySv: `Du som arbetar i staden kan få frågor från personer som funderar på att flytta tillbaka till sitt hemland eller till ett annat land. Du behöver inte kunna reglerna i detalj, men du ska kunna ge ett korrekt första besked och hänvisa rätt.

## Det här kan du alltid säga
- Återvandring är frivillig. Det är personen själv som bestämmer om och när.
- Kommunen betalar inga bidrag för återvandring. Sedan 2014 ger staden information och rådgivning, men inga pengar.
- Det statliga återvandringsbidraget söks hos Migrationsverket, som prövar ansökan och beslutar.
- Den som har fått avslag på sin asylansökan kan inte få återvandringsbidrag, men kan ha rätt till återetableringsstöd från Migrationsverket. Det är två olika stöd.

## Så går du vidare
1. Använd frågeguiden "Var ska personen vända sig?" i Hemväg. Den frågar inte efter namn eller annat som pekar ut personen, och den sparar ingenting.
2. Hänvisa enligt guidens svar: oftast till Migrationsverket, Migrationsverkets mottagning eller Återvandringskontoret.
3. Lämna inte vidare uppgifter om personen utan att personen vill det. Se artikeln om sekretess.

Myndigheter har en serviceskyldighet: den som vänder sig till staden med en fråga om återvandring ska få hjälp att komma till rätt myndighet, i regel Migrationsverket.`,
    bodyEn: `If you work for the city, people who are thinking of moving back to their home country, or on to another country, may ask you about it. You do not need to know the rules in detail, but you should give a correct first answer and refer the person to the right place.

## What you can always say
- Return is voluntary. The person decides whether and when.
- The city pays no grants for return. Since 2014 the city gives information and counselling, but no money.
- The state repatriation grant is applied for at Migrationsverket, which assesses the application and decides.
- Someone whose asylum application was rejected cannot get the repatriation grant, but may be entitled to reintegration support (återetableringsstöd) from Migrationsverket. These are two different kinds of support.

## What to do next
1. Use the "Where should this person turn?" guide in Hemväg. It asks for no name or anything else that identifies the person, and it stores nothing.
2. Refer as the guide says: usually to Migrationsverket, Migrationsverket's reception unit or Återvandringskontoret.
3. Do not pass on anything about the person unless they want you to. See the article on confidentiality.

Public authorities have a duty to help: someone who asks the city about return should be helped to reach the right authority, as a rule Migrationsverket.`,
    sources: [SRC.norrmalm2018, SRC.amf2018, SRC.serviceDuty, SRC.ordinance2026],
  },
  {
    slug: ARTICLE.whereToRefer,
    topic: "WHERE_TO_REFER",
    titleSv: "Vart hänvisar jag? En översikt",
    titleEn: "Where do I refer? An overview",
    bodySv: `Vart personen ska vända sig beror på personens situation. Frågeguiden "Var ska personen vända sig?" leder dig rätt; här är samma sak i översikt. Reglerna för återvandringsbidrag är de som gäller från 1 januari 2026.

## Uppehållstillstånd som flykting, alternativt skyddsbehövande, kvotflykting eller på grund av synnerligen ömmande omständigheter
- Hänvisa till Migrationsverket för återvandringsbidrag. Migrationsverket prövar ansökan och beslutar.
- Tillståndet ska ha beviljats senast 12 september 2024 och personen ska vara folkbokförd i Sverige.
- Erbjud rådgivning hos Återvandringskontoret.

## Permanent tillstånd enligt gymnasielagen eller den tillfälliga lagen från 2016
- Kan också ge rätt till återvandringsbidrag, med samma villkor om datum och folkbokföring. Hänvisa till Migrationsverket.

## Asylansökan har fått avslag eller tagits tillbaka
- Inte återvandringsbidrag. Hänvisa till personens mottagningshandläggare på Migrationsverket, som handlägger återetableringsstöd.

## Svensk medborgare
- Inget statligt eller kommunalt bidrag. Återvandringskontoret kan ge information.

## Tillstånd enligt massflyktsdirektivet, eller för arbete eller studier
- Ger inte rätt till återvandringsbidrag. Hänvisa till Migrationsverket för information.

## Tillstånd på grund av anknytning till en familjemedlem
- Make, maka och barn kan omfattas om huvudsökanden har rätt till bidrag och de bor tillsammans. Hänvisa hushållet till Återvandringskontoret.`,
    bodyEn: `Where the person should turn depends on their situation. The "Where should this person turn?" guide takes you there; this is the same in overview. The rules for the repatriation grant are those in force from 1 January 2026.

## Residence permit as a refugee, person in need of subsidiary protection, quota refugee, or on exceptionally distressing grounds
- Refer to Migrationsverket for the repatriation grant. Migrationsverket assesses the application and decides.
- The permit must have been granted on or before 12 September 2024, and the person must be registered in Sweden (folkbokförd).
- Offer counselling at Återvandringskontoret.

## Permanent permit under the upper secondary school law or the temporary law of 2016
- Can also give a right to the repatriation grant, on the same conditions of date and registration. Refer to Migrationsverket.

## Asylum application rejected or withdrawn
- Not the repatriation grant. Refer to the person's reception officer at Migrationsverket, who handles reintegration support (återetableringsstöd).

## Swedish citizen
- No state or municipal grant. Återvandringskontoret can give information.

## Permit under the Temporary Protection Directive, or for work or studies
- Gives no right to the repatriation grant. Refer to Migrationsverket for information.

## Permit based on ties to a family member
- A spouse and children can be included if the main applicant qualifies and they live together. Refer the household to Återvandringskontoret.`,
    sources: [SRC.ordinance2026, SRC.mvGrantEn, SRC.mvReestablishment, SRC.norrmalm2018],
  },
  {
    slug: ARTICLE.terminology,
    topic: "TERMINOLOGY",
    titleSv: "Återvandring och återvändande: inte samma sak",
    titleEn: "Återvandring and återvändande: not the same thing",
    bodySv: `Orden liknar varandra men gäller olika personer och olika stöd. Blanda inte ihop dem, varken när du pratar med personen eller när du hänvisar.

## Återvandring
- Gäller den som har uppehållstillstånd i Sverige, till exempel som flykting, och frivilligt vill flytta tillbaka till sitt hemland eller bosätta sig i ett annat land.
- Stödet heter återvandringsbidrag och söks hos Migrationsverket.
- Att återvandra är en mänsklig rättighet: var och en har rätt att återvända till sitt land, enligt artikel 13 i FN:s allmänna förklaring om de mänskliga rättigheterna.

## Återvändande
- Gäller den som har fått avslag på sin asylansökan eller har tagit tillbaka den.
- Stödet heter återetableringsstöd. Det handläggs av en mottagningshandläggare på Migrationsverket, gäller bara vissa länder och betalas ut i hemlandet via IOM.

Staden har själv påpekat skillnaden: återetableringsstöd är inte detsamma som återvandringsbidrag, och bidragen riktar sig till olika målgrupper.`,
    bodyEn: `The two Swedish words look alike but concern different people and different support. Do not mix them up, neither when you talk to the person nor when you refer.

## Återvandring (voluntary return with a residence permit)
- For someone with a Swedish residence permit, for example as a refugee, who voluntarily wants to move back to their home country or settle in another country.
- The support is the repatriation grant (återvandringsbidrag), applied for at Migrationsverket.
- Returning is a human right: everyone has the right to return to their country, under article 13 of the Universal Declaration of Human Rights.

## Återvändande (return after an asylum refusal)
- For someone whose asylum application was rejected or withdrawn.
- The support is reintegration support (återetableringsstöd). A reception officer at Migrationsverket handles it; it applies only to certain countries and is paid in the home country through IOM.

The city itself has pointed out the difference: reintegration support is not the same as the repatriation grant, and the two are meant for different groups.`,
    sources: [SRC.amf2018, SRC.mvReestablishment, SRC.mvReturn, SRC.udhr],
  },
  {
    slug: ARTICLE.grant2026,
    topic: "RETURN_GRANT",
    titleSv: "Återvandringsbidrag från 1 januari 2026",
    titleEn: "The repatriation grant from 1 January 2026",
    bodySv: `Återvandringsbidraget är ett statligt bidrag för den som frivilligt vill återvandra. Från 1 januari 2026 gäller nya regler i förordningen (1984:890); regeringen beslutade om ändringen den 30 oktober 2025. Migrationsverket prövar ansökan och beslutar. Kommunen betalar inget bidrag.

## Vem kan få bidraget
Den som söker ska vara folkbokförd i Sverige och ha ett uppehållstillstånd som beviljades senast den 12 september 2024 på någon av dessa grunder:
- flykting eller alternativt skyddsbehövande
- kvotflykting
- synnerligen ömmande omständigheter
- permanent tillstånd enligt gymnasielagen
- permanent tillstånd enligt den tillfälliga lagen från 2016

Familjemedlemmar behöver ett eget tillstånd på grund av anknytning till den som söker, beviljat senast samma datum, och ska bo tillsammans med den som söker.

## Belopp
- Högst 350 000 kronor per vuxen (18 år eller äldre).
- Högst 25 000 kronor per barn.
- Ett par kan tillsammans få högst 500 000 kronor och ett hushåll högst 600 000 kronor.
- Bidraget betalas ut i tre delar.
- Bidraget ges bara en gång per person, och bara i mån av tillgång på medel.

## Vanliga skäl till avslag
- Tillståndet är inte beviljat på skyddsgrund.
- Personen har inget giltigt uppehållstillstånd.
- Personen är inte folkbokförd.
- Personen har skulder till CSN eller Kronofogden.

## Uppgifter som inte är bekräftade
Det har rapporterats att bidraget bara gäller den som bosätter sig utanför EU/EES och Schweiz, och att det ska betalas tillbaka om personen flyttar tillbaka till Sverige. Det står inte i förordningstexten. Lova ingenting: be personen kontrollera med Migrationsverket.`,
    bodyEn: `The repatriation grant (återvandringsbidrag) is a state grant for someone who voluntarily wants to return. New rules in the ordinance (1984:890) apply from 1 January 2026; the government decided the change on 30 October 2025. Migrationsverket assesses the application and decides. The city pays no grant.

## Who can get the grant
The applicant must be registered in Sweden (folkbokförd) and hold a residence permit granted on or before 12 September 2024 on one of these grounds:
- refugee or subsidiary protection
- quota refugee
- exceptionally distressing circumstances
- a permanent permit under the upper secondary school law (gymnasielagen)
- a permanent permit under the temporary law of 2016

Family members need a permit of their own based on ties to the applicant, granted on or before the same date, and must live with the applicant.

## Amounts
- At most SEK 350,000 per adult (18 or over).
- At most SEK 25,000 per child.
- A couple can get at most SEK 500,000 together, and a household at most SEK 600,000.
- The grant is paid in three instalments.
- It is given only once per person, and only subject to available funds.

## Common reasons for refusal
- The permit was not granted on protection grounds.
- The person has no valid residence permit.
- The person is not registered in Sweden.
- The person has debts to CSN or Kronofogden.

## Reported but not confirmed
It has been reported that the grant is only for settling outside the EU/EEA and Switzerland, and that it must be paid back if the person moves back to Sweden. This is not in the ordinance text. Promise nothing: ask the person to check with Migrationsverket.`,
    sources: [SRC.ordinance2026, SRC.mvGrantEn, SRC.oncePerPerson],
  },
  {
    slug: ARTICLE.grantUntil2025,
    topic: "RETURN_GRANT",
    titleSv: "Återvandringsbidrag enligt reglerna till och med 2025",
    titleEn: "The repatriation grant under the rules until 2025",
    bodySv: `Reglerna nedan gällde till och med den 31 december 2025. De behövs för frågor om ansökningar från den tiden; för nya ansökningar gäller reglerna från 1 januari 2026.

## Vem kunde få bidrag
Den som hade ett tidsbegränsat eller permanent uppehållstillstånd:
- som flykting
- som alternativt skyddsbehövande
- på grund av synnerligen ömmande omständigheter
- som kvotflykting

Make, maka och barn under 18 år med uppehållstillstånd kunde ingå i familjens ansökan.

## Belopp
- Resekostnaden, och utöver den högst 10 000 kronor per vuxen och högst 5 000 kronor per barn under 18 år.
- Sammanlagt högst 40 000 kronor per familj. Taket gällde bidraget, inte resekostnaden.

## Vem kunde inte få bidrag
- Svenska medborgare.
- Den som hade tillstånd enligt massflyktsdirektivet.
- Den som hade egna inkomster eller tillgångar som räckte till resan (Migrationsverket gjorde en bedömning).
- Den som hade skulder till Kronofogden eller CSN.

## Övrigt
- Giltigt pass från hemlandet krävdes, och tillstånd att bo i resmålet om det inte var hemlandet.
- Vid flytt till ett annat land än hemlandet återkallades det permanenta uppehållstillståndet efter utresan.
- Bidraget ges bara en gång per person (sedan 2010) och i mån av tillgång på medel.
- Under 2016 och 2017 betalade Migrationsverket ut resebidrag till totalt åtta personer i hela landet.`,
    bodyEn: `The rules below applied until 31 December 2025. They matter for questions about applications from that time; new applications follow the rules from 1 January 2026.

## Who could get the grant
Someone with a temporary or permanent residence permit:
- as a refugee
- as a person in need of subsidiary protection
- on exceptionally distressing grounds
- as a quota refugee

A spouse and children under 18 with residence permits could be part of the family's application.

## Amounts
- The travel cost, and on top of it at most SEK 10,000 per adult and at most SEK 5,000 per child under 18.
- At most SEK 40,000 per family in all. The cap applied to the allowance, not to the travel cost.

## Who could not get the grant
- Swedish citizens.
- People with a permit under the Temporary Protection Directive.
- People whose own income or assets could pay for the journey (Migrationsverket made an assessment).
- People with debts to Kronofogden or CSN.

## Also
- A valid passport from the home country was needed, and a permit to live in the destination when it was not the home country.
- When the move was to another country than the home country, the permanent residence permit was revoked after departure.
- The grant is given only once per person (since 2010), subject to available funds.
- In 2016 and 2017 Migrationsverket paid travel grants to eight people in the whole country.`,
    sources: [SRC.ordinance2025, SRC.oncePerPerson, SRC.mvReturn, SRC.amf2018, SRC.norrmalm2018],
  },
  {
    slug: ARTICLE.whoQualifies,
    topic: "WHO_QUALIFIES",
    titleSv: "Vem kan få återvandringsbidrag, och vem kan inte?",
    titleEn: "Who can get the repatriation grant, and who cannot?",
    bodySv: `En snabb kontroll innan du hänvisar. Villkoren gäller från 1 januari 2026. Migrationsverket gör alltid den slutliga prövningen.

## Kan ha rätt till bidrag
- Flyktingar, alternativt skyddsbehövande och kvotflyktingar.
- Den som har tillstånd på grund av synnerligen ömmande omständigheter.
- Den som har permanent tillstånd enligt gymnasielagen eller den tillfälliga lagen från 2016.
- Make, maka och barn med tillstånd på grund av anknytning till den som söker, om de bor tillsammans.

Tillståndet ska ha beviljats senast den 12 september 2024, och den som söker ska vara folkbokförd i Sverige.

## Kan inte få bidrag
- Svenska medborgare, även med dubbelt medborgarskap.
- Den som har tillstånd enligt massflyktsdirektivet (tillfälligt skydd).
- Den som har tillstånd för arbete eller studier.
- Den som saknar uppehållstillstånd, till exempel efter avslag på asylansökan. Där kan återetableringsstöd vara aktuellt i stället.
- Den som redan har fått återvandringsbidrag en gång.
- Den som har skulder till CSN eller Kronofogden.

Frågeguiden "Var ska personen vända sig?" går igenom samma frågor och säger vart du hänvisar.`,
    bodyEn: `A quick check before you refer. The conditions apply from 1 January 2026. Migrationsverket always makes the final assessment.

## May be entitled to the grant
- Refugees, people in need of subsidiary protection and quota refugees.
- People with a permit on exceptionally distressing grounds.
- People with a permanent permit under the upper secondary school law or the temporary law of 2016.
- A spouse and children with a permit based on ties to the applicant, if they live together.

The permit must have been granted on or before 12 September 2024, and the applicant must be registered in Sweden (folkbokförd).

## Cannot get the grant
- Swedish citizens, also those with dual citizenship.
- People with a permit under the Temporary Protection Directive.
- People with a permit for work or studies.
- People without a residence permit, for example after an asylum refusal. Reintegration support (återetableringsstöd) may apply instead.
- People who have already had the repatriation grant once.
- People with debts to CSN or Kronofogden.

The "Where should this person turn?" guide goes through the same questions and tells you where to refer.`,
    sources: [SRC.ordinance2026, SRC.mvGrantEn, SRC.oncePerPerson, SRC.mvReestablishment],
  },
  {
    slug: ARTICLE.swedishCitizens,
    topic: "WHO_QUALIFIES",
    titleSv: "Svenska medborgare som vill flytta",
    titleEn: "Swedish citizens who want to move",
    bodySv: `Den som är svensk medborgare kan inte få återvandringsbidrag från Migrationsverket, inte heller den som också har ett annat medborgarskap. Staden betalar inte heller något bidrag.

Personen kan ändå få information och rådgivning. Återvandringskontoret ger information om vad en flytt innebär, vilket stöd som finns och vilka myndigheter personen behöver kontakta.

- Säg tydligt att det inte finns något statligt eller kommunalt bidrag att söka.
- Hänvisa till Återvandringskontoret för information och rådgivning.
- Den som flyttar från Sverige anmäler flytten till Skatteverket.`,
    bodyEn: `A Swedish citizen cannot get the repatriation grant from Migrationsverket, not even someone who also holds another citizenship. The city pays no grant either.

The person can still get information and counselling. Återvandringskontoret gives information on what a move involves, what support exists and which authorities the person needs to contact.

- Say clearly that there is no state or municipal grant to apply for.
- Refer to Återvandringskontoret for information and counselling.
- Someone moving away from Sweden reports the move to Skatteverket (the Swedish Tax Agency).`,
    sources: [SRC.ordinance2026, SRC.amf2018, SRC.norrmalm2018],
  },
  {
    slug: ARTICLE.reestablishment,
    topic: "REESTABLISHMENT_SUPPORT",
    titleSv: "Återetableringsstöd efter avslag på asylansökan",
    titleEn: "Reintegration support after an asylum refusal",
    bodySv: `Återetableringsstöd är ett stöd från Migrationsverket till den som har fått avslag på sin asylansökan eller har tagit tillbaka den, och som återvänder. Det är inte återvandringsbidrag: stöden riktar sig till olika grupper.

## Det här gäller
- Personens mottagningshandläggare på Migrationsverket handlägger stödet.
- Stödet gäller bara vissa länder.
- Det betalas ut i hemlandet, genom IOM (Internationella organisationen för migration).
- Genom EU:s återintegreringsprogram (EU Reintegration Programme) kan det också finnas stöd i form av varor och tjänster, inte kontanter, värt 3 000 euro per person (från 1 juli 2024).

## Så hänvisar du
- Hänvisa till personens mottagningshandläggare på Migrationsverket.
- Lova inget belopp: vad som gäller beror på land och situation.
- Ge inga råd om själva asylärendet.

År 2016 kom det in 3 235 ansökningar om återetableringsstöd, och 2 527 av dem beviljades.`,
    bodyEn: `Reintegration support (återetableringsstöd) is support from Migrationsverket for someone whose asylum application was rejected or withdrawn and who returns. It is not the repatriation grant: the two are meant for different groups.

## What applies
- The person's reception officer at Migrationsverket handles the support.
- It applies only to certain countries.
- It is paid in the home country, through IOM (the International Organization for Migration).
- Through the EU Reintegration Programme there may also be in-kind support (goods and services, not cash) worth EUR 3,000 per person (from 1 July 2024).

## How to refer
- Refer to the person's reception officer at Migrationsverket.
- Promise no amount: what applies depends on the country and the situation.
- Give no advice on the asylum case itself.

In 2016, 3,235 applications for reintegration support came in, and 2,527 of them were granted.`,
    sources: [SRC.mvReestablishment, SRC.eurp, SRC.amf2018],
  },
  {
    slug: ARTICLE.contacts,
    topic: "CONTACTS",
    titleSv: "Kontakter: vem gör vad",
    titleEn: "Contacts: who does what",
    bodySv: `## Migrationsverket
Statlig myndighet som prövar och betalar ut återvandringsbidrag och återetableringsstöd. Information, också på andra språk än svenska, finns på https://www.migrationsverket.se under frivillig återvandring och återvandringsbidrag (på engelska: Repatriation grant).

## Migrationsverkets mottagning
Den som har sökt asyl har en mottagningshandläggare på Migrationsverket. Dit hänvisar du den som har fått avslag på sin asylansökan eller har tagit tillbaka den och vill återvända.

## IOM
Internationella organisationen för migration betalar ut återetableringsstöd i hemlandet och stöttar återintegreringen efter ankomsten.

## Återvandringskontoret, Stockholms stad
Stadens verksamhet för frivillig återvandring, sedan 2014 inom arbetsmarknadsförvaltningen. Ger information och rådgivning till stockholmare som funderar på att återvandra, och stöd till stadens anställda som får frågor om återvandring. Kontaktuppgifter finns i stadens interna katalog.

## Skatteverket
Den som flyttar från Sverige anmäler flytten till Skatteverket.`,
    bodyEn: `## Migrationsverket (the Swedish Migration Agency)
The state authority that assesses and pays the repatriation grant and reintegration support. Information, also in languages other than Swedish, is at https://www.migrationsverket.se under voluntary return and the repatriation grant (in English: Repatriation grant).

## Migrationsverket's reception unit
Someone who has applied for asylum has a reception officer at Migrationsverket. Refer there anyone whose asylum application was rejected or withdrawn and who wants to return.

## IOM
The International Organization for Migration pays reintegration support in the home country and supports reintegration after arrival.

## Återvandringskontoret, City of Stockholm
The city's service for voluntary return, part of the labour market administration since 2014. It gives information and counselling to residents thinking about returning, and support to city staff who are asked about return. Contact details are in the city's internal directory.

## Skatteverket (the Swedish Tax Agency)
Someone moving away from Sweden reports the move to Skatteverket.`,
    sources: [SRC.mvReturn, SRC.mvGrantEn, SRC.mvReestablishment, SRC.amf2018],
  },
  {
    slug: ARTICLE.office,
    topic: "OTHER",
    titleSv: "Återvandringskontoret: det här erbjuder vi",
    titleEn: "Återvandringskontoret: what we offer",
    bodySv: `Stockholms stad öppnade Återvandringskontoret 1997 för stockholmare som frivilligt vill återvandra. Sedan 2014 ligger verksamheten under arbetsmarknadsnämnden, och inriktningen är information och rådgivning. Kontoret betalar inga bidrag.

## För den som funderar på att återvandra
- Rådgivning i ett eller flera samtal om vad en återvandring innebär, vilket stöd som finns och vilka myndigheter personen behöver kontakta.
- Hjälp att planera: identitets- och resehandlingar, boende i hemlandet, utbildning i Sverige, arbete, andra behov, en provperiod i hemlandet och avregistrering hos svenska myndigheter.
- Hänvisning till Migrationsverket, som beslutar om bidrag.

## För stadens anställda
- Stöd när du får frågor om återvandring: vad du kan säga och vart du hänvisar.
- Utbildningar för dig som möter personer som vill återvandra.

## Samverkan
Kontoret samarbetar med myndigheter, nationella och internationella organisationer, frivilligorganisationer och samfund.`,
    bodyEn: `The City of Stockholm opened Återvandringskontoret in 1997 for residents who voluntarily want to return. Since 2014 it has been under the labour market committee, and its focus is information and counselling. The office pays no grants.

## For someone thinking about returning
- Counselling over one or several meetings on what return involves, what support exists and which authorities to contact.
- Help with planning: identity and travel documents, housing in the home country, training in Sweden, work, other needs, a trial period in the home country, and deregistration from Swedish authorities.
- Referral to Migrationsverket, which decides on grants.

## For city staff
- Support when you are asked about return: what you can say and where to refer.
- Courses for people who meet those who want to return.

## Cooperation
The office works with authorities, national and international organisations, voluntary organisations and faith communities.`,
    sources: [SRC.plan2010, SRC.amf2018, "Återvandringskontorets arbetsmodell (2009): planeringens steg"],
  },
  {
    slug: ARTICLE.privacy,
    topic: "OTHER",
    titleSv: "Sekretess och personuppgifter när du hänvisar",
    titleEn: "Confidentiality and personal data when you refer",
    bodySv: `Att någon funderar på att återvandra är en känslig uppgift. Uppgifter i rådgivningen om återvandring omfattas av stark sekretess, och sekretessen gäller också mellan stadens olika nämnder.

- Lämna inte vidare uppgifter om personen utan att personen vill det. Låt hellre personen själv ta kontakt.
- Frågeguiden "Var ska personen vända sig?" frågar inte efter namn eller annat som pekar ut personen, och den sparar ingenting. Skriv inte in personuppgifter någonstans i vägledningen.
- Du som är anställd i staden utanför Återvandringskontoret har ingen åtkomst till ärendena, och ska inte ha det.
- Uppgifterna kan vara känsliga personuppgifter, till exempel om hälsa eller etniskt ursprung.
- Varje läsning av ett ärende loggas och följs upp.`,
    bodyEn: `That someone is thinking of returning is sensitive information. Information in return counselling is covered by strong secrecy, and the secrecy also applies between the city's committees.

- Do not pass on anything about the person unless they want you to. Rather let the person make contact themselves.
- The "Where should this person turn?" guide asks for no name or anything else that identifies the person, and it stores nothing. Do not type personal data anywhere in the guidance.
- City staff outside Återvandringskontoret have no access to its cases, and should not have.
- The information may be special-category personal data, for example about health or ethnic origin.
- Every reading of a case is logged and reviewed.`,
    sources: [SRC.osl, SRC.solpul, SRC.gdpr, SRC.imy],
  },
];

export type SeedGuidanceOptions = {
  /** The owner of the seeded articles; default the demo adviser, else the first administrator. */
  ownerEmail?: string;
  reviewedOn?: string;
};

export type SeedGuidanceResult = { inserted: number; updated: number; unchanged: number };

async function ownerId(db: Queryable, email: string): Promise<string | null> {
  const byEmail = await db.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [email]);
  if (byEmail.rows[0]) return byEmail.rows[0].id;
  const admin = await db.query<{ id: string }>(`SELECT id FROM "User" WHERE role = 'ADMIN' ORDER BY "createdAt" LIMIT 1`);
  return admin.rows[0]?.id ?? null;
}

async function upsertAll(db: Queryable, options: SeedGuidanceOptions): Promise<SeedGuidanceResult> {
  const owner = await ownerId(db, options.ownerEmail ?? "adviser@hemvag.test");
  const reviewedOn = options.reviewedOn ?? GUIDANCE_REVIEWED_ON;
  const result: SeedGuidanceResult = { inserted: 0, updated: 0, unchanged: 0 };
  for (const article of GUIDANCE_ARTICLES) {
    // An edited article (version > 1) is the office's own text now: never overwritten.
    const { rows } = await db.query<{ inserted: boolean }>(
      `INSERT INTO "GuidanceArticle"
         (id, slug, topic, "titleSv", "titleEn", "bodySv", "bodyEn", sources, "ownerId", "lastReviewedOn", "isPublished", version, "updatedAt")
       VALUES ($1, $2, $3::"GuidanceTopic", $4, $5, $6, $7, $8, $9, $10::date, true, 1, now())
       ON CONFLICT (slug) DO UPDATE SET
         topic = EXCLUDED.topic, "titleSv" = EXCLUDED."titleSv", "titleEn" = EXCLUDED."titleEn",
         "bodySv" = EXCLUDED."bodySv", "bodyEn" = EXCLUDED."bodyEn", sources = EXCLUDED.sources,
         "lastReviewedOn" = EXCLUDED."lastReviewedOn", "updatedAt" = now()
       WHERE "GuidanceArticle".version = 1
         AND ("GuidanceArticle".topic, "GuidanceArticle"."titleSv", "GuidanceArticle"."titleEn", "GuidanceArticle"."bodySv",
              "GuidanceArticle"."bodyEn", "GuidanceArticle".sources, "GuidanceArticle"."lastReviewedOn")
             IS DISTINCT FROM
             (EXCLUDED.topic, EXCLUDED."titleSv", EXCLUDED."titleEn", EXCLUDED."bodySv", EXCLUDED."bodyEn", EXCLUDED.sources, EXCLUDED."lastReviewedOn")
       RETURNING (xmax = 0) AS inserted`,
      [
        `g${crypto.randomBytes(12).toString("hex")}`,
        article.slug,
        article.topic,
        article.titleSv,
        article.titleEn,
        article.bodySv,
        article.bodyEn,
        article.sources.join("\n"),
        owner,
        reviewedOn,
      ],
    );
    const row = rows[0];
    if (!row) result.unchanged += 1;
    else if (row.inserted) result.inserted += 1;
    else result.updated += 1;
  }
  return result;
}

/**
 * Creates or refreshes the guidance articles. Given a URL it opens its own
 * connection and transaction; given a client it uses the caller's (call it
 * after the users exist, so the owner is found).
 */
export async function seedGuidance(target: string | Queryable, options: SeedGuidanceOptions = {}): Promise<SeedGuidanceResult> {
  return inOwnTransaction(target, (db) => upsertAll(db, options));
}
