import type { LanguageTexts } from "./types";

// One text for Bosnian, Croatian and Serbian readers, in Latin script, in the ijekavian form.
export const bs: LanguageTexts = {
  sheet: {
    title: "Pomoć za povratak – informacije za vas",
    body: `## Šta je pomoć za povratak?
Pomoć za povratak je novac švedske države za osobe koje se svojom voljom žele vratiti u domovinu ili nastaniti u drugoj zemlji. Povratak je dobrovoljan. Pomoć je uređena Uredbom SFS 1984:890. O pomoći odlučuje i isplaćuje je Švedski migracioni ured (Migrationsverket) – ne općina.

Od 1. januara 2026:
- Najviše 350.000 kruna po odrasloj osobi (18 godina i više) i 25.000 kruna po djetetu.
- Najviše 500.000 kruna za par i 600.000 kruna za domaćinstvo.
- Pomoć se isplaćuje u tri rate. Jedna osoba može dobiti pomoć samo jednom.

## Ko može dobiti pomoć?
- Prijavljeni ste u registar stanovništva u Švedskoj (folkbokförd).
- Vaša dozvola boravka izdata je najkasnije 12. septembra 2024. kao izbjeglici ili osobi kojoj je potrebna supsidijarna zaštita, kao kvotnoj izbjeglici ili zbog naročito teških okolnosti, ili je to stalna dozvola po zakonu o srednjoj školi ili privremenom zakonu iz 2016.
- Članovi porodice trebaju vlastite dozvole na osnovu veze s vama, izdate do istog datuma, i moraju živjeti s vama.
- Ne možete dobiti pomoć ako ste švedski državljanin, imate dozvolu po Direktivi o privremenoj zaštiti, imate dugove prema CSN-u ili Kronofogdenu ili sami možete platiti putovanje.
- Ako je vaš zahtjev za azil odbijen, pomoć za povratak se ne odnosi na vas, ali može postojati podrška za ponovno nastanjenje. Pomoći ćemo vam da kontaktirate Migrationsverket.

## Koraci
1. Sastajete se s našim savjetnikom jednom ili više puta. Prevodilac je besplatan.
2. Zajedno pregledamo vašu situaciju i napravimo prvu procjenu.
3. Podnosite zahtjev Migrationsverketu. Ako želite, pomoći ćemo vam sa zahtjevom.
4. Migrationsverket odlučuje. Ako dobijete pomoć, zajedno planiramo putovanje i vrijeme nakon preseljenja.
5. Ako se selite u drugu zemlju, a ne u domovinu, vaša stalna dozvola boravka može biti oduzeta nakon odlaska.

## Šta radimo – a šta ne radimo
- Dajemo informacije i savjete besplatno. Dobrovoljno je i možete prekinuti kad god želite.
- Obavezni smo čuvati tajnu. Ne dajemo podatke o vama bez vašeg pristanka, osim ako to zakon zahtijeva.
- Ne odlučujemo o pomoći i ne isplaćujemo novac. To radi Migrationsverket.
- Razgovor s nama ne utiče na vašu dozvolu boravka niti na drugu pomoć koju primate.

## Kontakt
- Vaš savjetnik: ____________________ Telefon: ____________________
- Migrationsverket: +46 771-235 235, www.migrationsverket.se`,
  },
  consent: {
    title: "Pristanak na dijeljenje podataka",
    body: `Ured za povratak obavezan je čuvati tajnu (Zakon o javnosti i tajnosti, poglavlje 26, član 1). Da bismo vam pomogli, ponekad moramo dati podatke o vama drugima. To smijemo samo uz vaš pristanak.

## Koji podaci?
Ime, datum rođenja ili lični broj, kontakt podaci, dozvola boravka, porodica, planirano putovanje i podaci potrebni za zahtjev za pomoć ili podršku.

## Kome?
Označite primaoce s kojima se slažete:
- ☐ Migrationsverket (zahtjev za pomoć za povratak ili podršku za ponovno nastanjenje)
- ☐ Međunarodna organizacija za migracije IOM (putovanje i podrška nakon dolaska)
- ☐ Socijalna služba općine (podrška i smještaj do putovanja)
- ☐ Partneri u zemlji prijema (prijem i podrška nakon preseljenja)

## Vaša prava
- Pristanak je dobrovoljan. Ako kažete ne, i dalje dobijate naše savjete.
- Pristanak možete povući kad god želite, usmeno ili pismeno.
- Imate pravo znati koje podatke imamo o vama i tražiti ispravku grešaka.

## Potpis
Ove informacije sam dobio/la na jeziku koji razumijem. Slažem se da se podaci daju primaocima koje sam označio/la.

Datum: ____________________
Potpis: ____________________
Ime štampanim slovima: ____________________`,
  },
};
