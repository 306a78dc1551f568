import type { LanguageTexts } from "./types";

export const kmr: LanguageTexts = {
  sheet: {
    title: "Alîkariya vegerê – agahî ji bo te",
    body: `## Alîkariya vegerê çi ye?
Alîkariya vegerê pereyek e ku dewleta Swêdê dide kesên ku bi daxwaza xwe dixwazin vegerin welatê xwe an li welatekî din bi cih bibin. Ev bi dilxwazî ye. Alîkarî bi rêziknameya SFS 1984:890 tê birêvebirin. Dezgeha Koçberiyê (Migrationsverket) biryarê dide û pereyan dide – ne şaredarî.

Ji 1ê Çileya 2026an ve:
- Herî zêde 350 000 kron ji bo her mezinekî (18 salî û jor) û 25 000 kron ji bo her zarokekî.
- Herî zêde 500 000 kron ji bo jin û mêrekî û 600 000 kron ji bo malbatekê.
- Alîkarî di sê beşan de tê dayîn. Kesek tenê carekê dikare wê bistîne.

## Kî dikare alîkariyê bistîne?
- Tu li Swêdê qeydkirî yî (folkbokförd).
- Destûra te ya rûniştinê herî dereng di 12ê Îlona 2024an de wek penaber an kesê hewcedarê parastina alîkar, wek penabera kotayê an ji ber rewşên pir dijwar hatiye dayîn, an jî destûreke daîmî ye li gorî qanûna lîseyê an qanûna demkî ya 2016an.
- Endamên malbatê hewceyî destûrên xwe yên li ser girêdana bi te re ne, heta heman rojê hatine dayîn, û divê bi te re bijîn.
- Tu nikarî alîkariyê bistînî eger tu hemwelatiyê Swêdê bî, destûra te li gorî Rêwerza Parastina Demkî be, deynê te li CSN an Kronofogden hebe, an tu bi xwe karibî lêçûna rêwîtiyê bidî.
- Eger serlêdana te ya penaberiyê hatibe redkirin, alîkariya vegerê ji te re nayê, lê dibe ku piştgiriya ji nû ve bicihbûnê hebe. Em alîkariya te dikin ku tu bi Migrationsverket re têkilî deynî.

## Gav
1. Tu carekê an çend caran bi şêwirmendekî me re hevdîtin dikî. Wergêr belaş e.
2. Em bi hev re li rewşa te dinêrin û nirxandineke pêşîn dikin.
3. Tu serlêdanê ji Migrationsverket re dikî. Eger tu bixwazî, em di serlêdanê de alîkariya te dikin.
4. Migrationsverket biryarê dide. Eger tu alîkariyê bistînî, em bi hev re rêwîtiyê û dema piştî koçê plan dikin.
5. Eger tu biçî welatekî ji bilî welatê xwe, dibe ku destûra te ya daîmî piştî çûyîna te were betalkirin.

## Tiştên em dikin – û nakin
- Em belaş agahî û şêwirmendiyê didin. Bi dilxwazî ye û tu dikarî kengê bixwazî rawestî.
- Em veşartinê diparêzin. Bêyî razîbûna te em agahiyên li ser te nadin kesî, heke qanûn nexwaze.
- Em li ser alîkariyê biryarê nadin û pere nadin. Ev karê Migrationsverket e.
- Axaftina bi me re bandorê li destûra te ya rûniştinê an alîkariyên din nake.

## Têkilî
- Şêwirmendê te: ____________________ Telefon: ____________________
- Migrationsverket: +46 771-235 235, www.migrationsverket.se`,
  },
  consent: {
    title: "Razîbûn ji bo parvekirina agahiyan",
    body: `Nivîsgeha vegerê mecbûr e veşartinê biparêze (Qanûna Vekirîbûn û Veşartinê, beşa 26, xala 1). Ji bo ku em alîkariya te bikin, carinan divê em agahiyên li ser te bidin kesên din. Em tenê bi razîbûna te dikarin vê bikin.

## Kîjan agahî?
Nav, roja jidayikbûnê an hejmara kesane, agahiyên têkiliyê, destûra rûniştinê, malbat, rêwîtiya plankirî û agahiyên ji bo serlêdana alîkarî an piştgiriyê.

## Ji kê re?
Wergirên ku tu pê razî yî nîşan bike:
- ☐ Migrationsverket (serlêdana alîkariya vegerê an piştgiriya ji nû ve bicihbûnê)
- ☐ IOM, Rêxistina Navneteweyî ya Koçberiyê (rêwîtî û piştgiriya piştî gihîştinê)
- ☐ Xizmetên civakî yên şaredariyê (piştgirî û xanî heta rêwîtiyê)
- ☐ Hevkarên li welatê mêvandar (pêşwazî û piştgiriya piştî koçê)

## Mafên te
- Razîbûn bi dilxwazî ye. Eger tu na bêjî, dîsa jî tu şêwirmendiya me distînî.
- Tu dikarî kengê bixwazî razîbûna xwe bi devkî an bi nivîskî paşde bikişînî.
- Mafê te heye ku tu bizanî kîjan agahiyên li ser te li cem me ne û xeletî werin rastkirin.

## Îmze
Min ev agahî bi zimanekî ku ez fam dikim stendine. Ez razî me ku agahî ji wergirên ku min nîşan kirine re werin dayîn.

Dîrok: ____________________
Îmze: ____________________
Nav bi tîpên zelal: ____________________`,
  },
};
