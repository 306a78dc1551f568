import type { LanguageTexts } from "./types";

export const so: LanguageTexts = {
  sheet: {
    title: "Kaalmada dib-u-laabashada – macluumaad adiga kuu socota",
    body: `## Waa maxay kaalmada dib-u-laabashada?
Kaalmada dib-u-laabashada waa lacag ay dowladda Iswiidhan siiso qofka doonaya, isagoo raalli ka ah, inuu dib ugu laabto dalkiisa ama uu dal kale degto. Waa ikhtiyaari. Kaalmada waxaa xukuma xeerka SFS 1984:890. Hay'adda Socdaalka (Migrationsverket) ayaa go'aamisa oo bixisa kaalmada – ma aha degmada.

Laga bilaabo 1da Janaayo 2026:
- Ugu badnaan 350,000 karoon qofkii weyn (18 sano iyo ka weyn) iyo 25,000 karoon ilmihii.
- Ugu badnaan 500,000 karoon lammaane iyo 600,000 karoon qoys.
- Kaalmada waxaa lagu bixiyaa saddex qaybood. Qofku hal mar oo keliya ayuu heli karaa.

## Yaa heli kara kaalmada?
- Waxaad ka diiwaangashan tahay Iswiidhan (folkbokförd).
- Sharciga degenaanshahaaga waxaa lagu siiyay ugu dambayn 12ka Sebteembar 2024 adigoo qaxooti ah ama qof u baahan ilaalin dheeraad ah, qaxooti kootada ah ama xaalado aad u murugo badan awgood, ama waa sharci joogto ah oo ku salaysan sharciga dugsiga sare ama sharcigii ku meel gaarka ahaa ee 2016.
- Xubnaha qoysku waxay u baahan yihiin sharci u gaar ah oo ku salaysan xiriirka ay kula leeyihiin, oo la siiyay ilaa isla taariikhdaas, waana inay kula nool yihiin.
- Ma heli kartid kaalmada haddii aad tahay muwaadin Iswiidhish ah, aad haysato sharci ku salaysan Tilmaanta Ilaalinta Ku Meel Gaarka ah, aad deyn ku leedahay CSN ama Kronofogden, ama aad adigu bixin karto kharashka safarka.
- Haddii codsigaaga magangalyada la diiday, kaalmada dib-u-laabashadu kuma khuseyso, laakiin waxaa jiri kara taageero dib-u-dejin. Waxaan kaa caawinaynaa inaad la xiriirto Migrationsverket.

## Tallaabooyinka
1. Waxaad la kulantaa mid ka mid ah lataliyeyaashayada hal mar ama dhowr jeer. Turjubaanku waa bilaash.
2. Waxaan si wadajir ah u eegnaa xaaladdaada oo aan samaynaa qiimayn hore.
3. Waxaad codsi u gudbisaa Migrationsverket. Haddii aad rabto, waxaan kaa caawinaynaa codsiga.
4. Migrationsverket ayaa go'aamisa. Haddii aad hesho kaalmada, waxaan wada qorsheynaa safarka iyo waqtiga guuritaanka kadib.
5. Haddii aad u guurto dal aan ahayn dalkaaga hooyo, sharcigaaga degenaanshaha joogtada ah waa laga noqon karaa markaad baxdo kadib.

## Waxa aan qabanno – iyo waxa aynaan qaban
- Waxaan bixinaa macluumaad iyo talo bilaash ah. Waa ikhtiyaari, waadna joojin kartaa goor kasta.
- Waxaan ilaalinaa sirta. Macluumaad adiga kugu saabsan ma bixinno oggolaanshahaaga la'aantii, haddii aanu sharcigu dalbanayn mooyee.
- Ma go'aamino kaalmada mana bixinno lacag. Taas waxaa qabata Migrationsverket.
- La hadalkayagu saameyn kuma laha sharcigaaga degenaanshaha ama taageero kale oo aad hesho.

## Xiriir
- Lataliyahaaga: ____________________ Telefoon: ____________________
- Migrationsverket: +46 771-235 235, www.migrationsverket.se`,
  },
  consent: {
    title: "Oggolaansho in macluumaadka la wadaago",
    body: `Xafiiska dib-u-laabashadu wuxuu ku waajibsan yahay ilaalinta sirta (Sharciga Furfurnaanta iyo Sirta, cutubka 26, qodobka 1). Si aan kuu caawinno, mararka qaarkood waxaan u baahannahay inaan macluumaad adiga kugu saabsan siino dad kale. Taas waxaan samayn karnaa oo keliya oggolaanshahaaga.

## Macluumaadkee?
Magaca, taariikhda dhalashada ama lambarka aqoonsiga, xiriirka, sharciga degenaanshaha, qoyska, safarka la qorsheeyay iyo macluumaadka loo baahan yahay codsi kaalmo ama taageero.

## Yaa loo gudbinayaa?
Calaamadee qaatayaasha aad oggoshahay:
- ☐ Migrationsverket (codsiga kaalmada dib-u-laabashada ama taageerada dib-u-dejinta)
- ☐ IOM, Ururka Caalamiga ah ee Socdaalka (safarka iyo taageerada imaatinka kadib)
- ☐ Adeegga bulshada ee degmada (taageero iyo hoy ilaa safarka)
- ☐ La-hawlgalayaasha dalka lagu soo dego (soo dhaweyn iyo taageero guuritaanka kadib)

## Xuquuqdaada
- Oggolaanshuhu waa ikhtiyaari. Haddii aad diido, weli waad heleysaa talooyinkayaga.
- Waad ka noqon kartaa oggolaanshahaaga goor kasta, af ahaan ama qoraal ahaan.
- Waxaad xaq u leedahay inaad ogaato macluumaadka aan kaa hayno iyo in khaladaadka la saxo.

## Saxiix
Macluumaadkan waxaan ku helay luqad aan fahmo. Waan oggolahay in macluumaadka la siiyo qaatayaasha aan calaamadeeyay.

Taariikh: ____________________
Saxiix: ____________________
Magaca oo si cad u qoran: ____________________`,
  },
};
