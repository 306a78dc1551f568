import type { LanguageTexts } from "./types";

// The source text: the translations follow it paragraph by paragraph.
export const sv: LanguageTexts = {
  sheet: {
    title: "Återvandringsbidrag – information till dig",
    body: `## Vad är återvandringsbidraget?
Återvandringsbidraget är pengar från staten till dig som själv vill flytta tillbaka till ditt hemland eller bosätta dig i ett annat land. Det är frivilligt. Bidraget regleras i förordningen (SFS 1984:890). Migrationsverket beslutar om bidraget och betalar ut det – inte kommunen.

Från den 1 januari 2026 gäller:
- Högst 350 000 kronor per vuxen (18 år eller äldre) och 25 000 kronor per barn.
- Högst 500 000 kronor för ett par och 600 000 kronor för ett hushåll.
- Bidraget betalas ut i tre delar. En person kan bara få bidraget en gång.

## Vem kan få bidraget?
- Du är folkbokförd i Sverige.
- Ditt uppehållstillstånd beviljades senast den 12 september 2024 som flykting eller alternativt skyddsbehövande, som kvotflykting eller på grund av synnerligen ömmande omständigheter, eller är ett permanent tillstånd enligt gymnasielagen eller den tillfälliga lagen från 2016.
- Familjemedlemmar behöver egna tillstånd på grund av anknytning till dig, beviljade senast samma dag, och ska bo med dig.
- Du kan inte få bidraget om du är svensk medborgare, har tillstånd enligt massflyktsdirektivet, har skulder till CSN eller Kronofogden eller kan betala resan själv.
- Om din asylansökan fick avslag gäller inte återvandringsbidraget, men återetableringsstöd kan finnas. Vi hjälper dig att kontakta Migrationsverket.

## Så går det till
1. Du träffar en rådgivare hos oss, en eller flera gånger. Tolk är gratis.
2. Vi går igenom din situation och gör en första bedömning tillsammans med dig.
3. Du ansöker hos Migrationsverket. Vi hjälper dig med ansökan om du vill.
4. Migrationsverket beslutar. Om du får bidraget planerar vi resan och tiden efter flytten tillsammans.
5. Om du flyttar till ett annat land än ditt hemland kan ditt permanenta uppehållstillstånd återkallas efter avresan.

## Vad vi gör – och inte gör
- Vi ger information och rådgivning, gratis. Det är frivilligt, och du kan sluta när du vill.
- Vi har tystnadsplikt. Vi lämnar inte ut uppgifter om dig utan ditt samtycke, om inte lagen kräver det.
- Vi beslutar inte om bidraget och betalar inte ut pengar. Det gör Migrationsverket.
- Att tala med oss påverkar inte ditt uppehållstillstånd eller annat stöd du har.

## Kontakt
- Din rådgivare: ____________________ Telefon: ____________________
- Migrationsverket: 0771-235 235, www.migrationsverket.se`,
  },
  consent: {
    title: "Samtycke till att dela uppgifter",
    body: `Återvandringskontoret har tystnadsplikt (offentlighets- och sekretesslagen 26 kap. 1 §). För att kunna hjälpa dig behöver vi ibland lämna uppgifter om dig till andra. Det får vi bara göra om du samtycker.

## Vilka uppgifter?
Namn, födelsedatum eller personnummer, kontaktuppgifter, uppehållstillstånd, familj, planerad resa och de uppgifter som behövs för en ansökan om bidrag eller stöd.

## Till vem?
Kryssa för de mottagare du samtycker till:
- ☐ Migrationsverket (ansökan om återvandringsbidrag eller återetableringsstöd)
- ☐ IOM, Internationella organisationen för migration (resan och stöd efter ankomsten)
- ☐ Socialtjänsten i kommunen (stöd och boende fram till resan)
- ☐ Samarbetspartner i mottagarlandet (mottagande och stöd efter flytten)

## Dina rättigheter
- Samtycket är frivilligt. Om du säger nej får du ändå vår rådgivning.
- Du kan ta tillbaka samtycket när du vill, muntligt eller skriftligt.
- Du har rätt att få veta vilka uppgifter vi har om dig och att få fel rättade.

## Underskrift
Jag har fått informationen på ett språk jag förstår. Jag samtycker till att uppgifter lämnas till de mottagare jag har kryssat för.

Datum: ____________________
Underskrift: ____________________
Namnförtydligande: ____________________`,
  },
};
