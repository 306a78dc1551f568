import type { LanguageTexts } from "./types";

export const en: LanguageTexts = {
  sheet: {
    title: "The return grant – information for you",
    body: `## What is the return grant?
The return grant is money from the Swedish state for you who want, of your own free will, to move back to your home country or settle in another country. It is voluntary. The grant is governed by Ordinance SFS 1984:890. Migrationsverket (the Swedish Migration Agency) decides on the grant and pays it – not the municipality.

From 1 January 2026:
- At most SEK 350,000 per adult (18 or older) and SEK 25,000 per child.
- At most SEK 500,000 for a couple and SEK 600,000 for a household.
- The grant is paid in three instalments. A person can receive it only once.

## Who can get the grant?
- You are registered in the Swedish population register (folkbokförd).
- Your residence permit was granted on or before 12 September 2024 as a refugee or person in need of subsidiary protection, as a quota refugee or on grounds of exceptionally distressing circumstances, or is a permanent permit under the upper secondary school law or the temporary law of 2016.
- Family members need their own permits based on ties to you, granted by the same date, and must live with you.
- You cannot get the grant if you are a Swedish citizen, hold a permit under the Temporary Protection Directive, have debts to CSN or Kronofogden, or can pay for the journey yourself.
- If your asylum application was rejected, the return grant does not apply, but re-establishment support may. We help you contact Migrationsverket.

## The steps
1. You meet an adviser here, once or several times. An interpreter is free of charge.
2. We go through your situation and make a first assessment together with you.
3. You apply to Migrationsverket. We help you with the application if you wish.
4. Migrationsverket decides. If you receive the grant, we plan the journey and the time after the move together.
5. If you move to a country other than your home country, your permanent residence permit may be revoked after you leave.

## What we do – and do not do
- We give information and advice, free of charge. It is voluntary, and you can stop whenever you want.
- We are bound by confidentiality. We do not share information about you without your consent, unless the law requires it.
- We do not decide on the grant and do not pay out money. Migrationsverket does.
- Talking to us does not affect your residence permit or any other support you receive.

## Contact
- Your adviser: ____________________ Phone: ____________________
- Migrationsverket: +46 771-235 235, www.migrationsverket.se`,
  },
  consent: {
    title: "Consent to share information",
    body: `The return office is bound by confidentiality (Public Access to Information and Secrecy Act, chapter 26, section 1). To help you, we sometimes need to give information about you to others. We may do so only with your consent.

## What information?
Name, date of birth or personal identity number, contact details, residence permit, family, planned journey and the information needed for an application for a grant or support.

## To whom?
Tick the recipients you consent to:
- ☐ Migrationsverket (application for the return grant or re-establishment support)
- ☐ IOM, the International Organization for Migration (the journey and support after arrival)
- ☐ The municipality's social services (support and housing until the journey)
- ☐ Partner organisations in the receiving country (reception and support after the move)

## Your rights
- Consent is voluntary. If you say no, you still receive our advice.
- You can withdraw your consent at any time, orally or in writing.
- You have the right to know what information we hold about you and to have errors corrected.

## Signature
I have received this information in a language I understand. I consent to information being given to the recipients I have ticked.

Date: ____________________
Signature: ____________________
Name in capitals: ____________________`,
  },
};
