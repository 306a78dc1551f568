import type { LanguageTexts } from "./types";

export const tr: LanguageTexts = {
  sheet: {
    title: "Geri dönüş yardımı – sizin için bilgi",
    body: `## Geri dönüş yardımı nedir?
Geri dönüş yardımı, kendi isteğiyle ülkesine geri dönmek ya da başka bir ülkeye yerleşmek isteyenlere İsveç devletinin verdiği paradır. Gönüllülük esasına dayanır. Yardım SFS 1984:890 sayılı yönetmelikle düzenlenir. Yardıma Göç Dairesi (Migrationsverket) karar verir ve ödemeyi o yapar – belediye değil.

1 Ocak 2026'dan itibaren:
- Yetişkin başına (18 yaş ve üzeri) en fazla 350.000 kron, çocuk başına 25.000 kron.
- Bir çift için en fazla 500.000 kron, bir hane için 600.000 kron.
- Yardım üç taksitte ödenir. Bir kişi yardımı yalnızca bir kez alabilir.

## Kimler yardım alabilir?
- İsveç'te nüfusa kayıtlısınız (folkbokförd).
- Oturma izniniz en geç 12 Eylül 2024'te mülteci ya da ikincil koruma ihtiyacı olan kişi olarak, kota mültecisi olarak ya da özellikle ağır insani nedenlerle verildi veya lise yasasına ya da 2016 geçici yasasına göre verilmiş kalıcı bir izindir.
- Aile üyelerinin sizinle bağları nedeniyle aynı tarihe kadar verilmiş kendi izinleri olmalı ve sizinle birlikte yaşamalıdırlar.
- İsveç vatandaşıysanız, Geçici Koruma Yönergesi kapsamında izniniz varsa, CSN'ye veya Kronofogden'e borcunuz varsa ya da yolculuğu kendiniz ödeyebiliyorsanız yardım alamazsınız.
- Sığınma başvurunuz reddedildiyse geri dönüş yardımı geçerli değildir, ancak yeniden yerleşim desteği olabilir. Migrationsverket ile iletişim kurmanıza yardım ederiz.

## Adımlar
1. Danışmanlarımızdan biriyle bir ya da birkaç kez görüşürsünüz. Tercüman ücretsizdir.
2. Durumunuzu birlikte gözden geçirir ve ilk değerlendirmeyi yaparız.
3. Migrationsverket'e başvurursunuz. İsterseniz başvuruda size yardım ederiz.
4. Migrationsverket karar verir. Yardımı alırsanız yolculuğu ve taşınma sonrasını birlikte planlarız.
5. Kendi ülkeniz dışında başka bir ülkeye taşınırsanız, ayrıldıktan sonra kalıcı oturma izniniz iptal edilebilir.

## Yaptıklarımız – ve yapmadıklarımız
- Ücretsiz bilgi ve danışmanlık veririz. Gönüllüdür ve istediğiniz zaman bırakabilirsiniz.
- Gizlilik yükümlülüğümüz vardır. Yasa gerektirmedikçe sizin onayınız olmadan hakkınızda bilgi vermeyiz.
- Yardıma karar vermeyiz ve para ödemeyiz. Bunu Migrationsverket yapar.
- Bizimle konuşmak oturma izninizi veya aldığınız diğer destekleri etkilemez.

## İletişim
- Danışmanınız: ____________________ Telefon: ____________________
- Migrationsverket: +46 771-235 235, www.migrationsverket.se`,
  },
  consent: {
    title: "Bilgi paylaşımına onay",
    body: `Geri dönüş bürosunun gizlilik yükümlülüğü vardır (Kamuya Açıklık ve Gizlilik Yasası, 26. bölüm, 1. madde). Size yardım edebilmek için bazen hakkınızdaki bilgileri başkalarına vermemiz gerekir. Bunu yalnızca sizin onayınızla yapabiliriz.

## Hangi bilgiler?
Ad, doğum tarihi veya kişisel kimlik numarası, iletişim bilgileri, oturma izni, aile, planlanan yolculuk ve yardım ya da destek başvurusu için gereken bilgiler.

## Kime?
Onay verdiğiniz alıcıları işaretleyin:
- ☐ Migrationsverket (geri dönüş yardımı veya yeniden yerleşim desteği başvurusu)
- ☐ Uluslararası Göç Örgütü IOM (yolculuk ve varış sonrası destek)
- ☐ Belediyenin sosyal hizmetleri (yolculuğa kadar destek ve konut)
- ☐ Varış ülkesindeki iş birliği kuruluşları (karşılama ve taşınma sonrası destek)

## Haklarınız
- Onay gönüllüdür. Hayır derseniz de danışmanlığımızı alırsınız.
- Onayınızı istediğiniz zaman sözlü veya yazılı olarak geri alabilirsiniz.
- Hakkınızdaki bilgileri öğrenme ve hataları düzeltme hakkınız vardır.

## İmza
Bu bilgiyi anladığım bir dilde aldım. Bilgilerin işaretlediğim alıcılara verilmesine onay veriyorum.

Tarih: ____________________
İmza: ____________________
Ad soyad (okunaklı): ____________________`,
  },
};
