/// Rules about dates: the calendar, the guide's two warnings, and durations from the law.
enum DateRules {
    static let all: [Rule] = [
        Rule(
            id: "calendar-date", severity: .error, source: RuleSource.calendar,
            title: LocalizedText(tr: "Gerçek bir takvim günü", en: "A real calendar date"),
            message: LocalizedText(
                tr: "\"{actual}\" kullanılabilir bir tarih değil: {reason}.",
                en: "\"{actual}\" is not a date the file can use: {reason}."),
            guide: .personalInformation, linksToField: true),
        Rule(
            id: "birth-date-past", severity: .error, source: RuleSource.calendar,
            title: LocalizedText(tr: "Doğum tarihi geçmişte", en: "Birth date in the past"),
            message: LocalizedText(
                tr: "Doğum tarihi ({left}) bugünden ({right}) önce olmalıdır.",
                en: "The birth date ({left}) must be before today ({right})."),
            guide: .rule("birth-date-past")),
        Rule(
            id: "passport-issue-before-expiry", severity: .error, source: RuleSource.calendar,
            title: LocalizedText(tr: "Pasaport veriliş tarihi bitişten önce", en: "Passport issued before it expires"),
            message: LocalizedText(
                tr: "Pasaportun veriliş tarihi ({left}) geçerlilik bitiş tarihinden ({right}) önce olmalıdır.",
                en: "The passport's issue date ({left}) must be before its expiry date ({right})."),
            guide: .passportInformation),
        Rule(
            id: "passport-issue-not-future", severity: .error, source: RuleSource.calendar,
            title: LocalizedText(tr: "Pasaport veriliş tarihi gelecekte değil", en: "Passport issue date not in the future"),
            message: LocalizedText(
                tr: "Pasaportun veriliş tarihi ({left}) bugünden ({right}) sonra olamaz.",
                en: "The passport's issue date ({left}) cannot be after today ({right})."),
            guide: .passportInformation),
        Rule(
            id: "permit-start-before-end", severity: .error, source: RuleSource.calendar,
            title: LocalizedText(tr: "İzin başlangıcı bitişten önce", en: "Permit starts before it ends"),
            message: LocalizedText(
                tr: "İzin başlangıç tarihi ({left}) bitiş tarihinden ({right}) önce olmalıdır.",
                en: "The permit's start date ({left}) must be before its end date ({right})."),
            guide: .rule("permit-start-before-end")),
        Rule(
            id: "passport-expiry-60-days", severity: .error,
            source: RuleSource.guide("Başvuru Sonuçlandırma, 1. uyarı", "Completing the application, first warning"),
            title: LocalizedText(tr: "İzin bitişi pasaport bitişinden en az 60 gün önce",
                                 en: "Permit ends at least 60 days before the passport expires"),
            message: LocalizedText(
                tr: "Çalışma izni bitiş tarihi ({left}), pasaportun bitiş tarihinin 60 gün öncesini aşamaz: bu pasaportla izin en geç {right} tarihinde bitebilir. Daha erken bir bitiş tarihi isteyin ya da pasaportu yenileyin.",
                en: "The permit's end date ({left}) may not be later than 60 days before the passport expires: the latest end date this passport allows is {right}. Ask for an earlier end date, or renew the passport."),
            guide: .passport60DaysWarning),
        Rule(
            id: "extension-too-early", severity: .error,
            source: RuleSource.guide("Başvuru Sonuçlandırma, 2. uyarı", "Completing the application, second warning"),
            title: LocalizedText(tr: "Uzatma başvurusu 60 günden erken", en: "Extension applied for more than 60 days early"),
            message: LocalizedText(
                tr: "Uzatma başvurusu, iznin bitmesine 60 gün kalmasından itibaren yapılır: başvuru tarihi ({left}) en erken {right} olabilir.",
                en: "An extension is applied for from 60 days before the permit ends: the application date ({left}) can be {right} at the earliest."),
            guide: .extensionPeriodWarning),
        Rule(
            id: "extension-too-late", severity: .error,
            source: RuleSource.guide("Başvuru Sonuçlandırma, 2. uyarı", "Completing the application, second warning"),
            title: LocalizedText(tr: "Uzatma başvurusu izin bittikten sonra", en: "Extension applied for after the permit ended"),
            message: LocalizedText(
                tr: "Uzatma başvurusu her durumda izin süresi dolmadan yapılır: başvuru tarihi ({left}) en geç iznin bitiş günü ({right}) olabilir.",
                en: "An extension is in every case applied for before the permit expires: the application date ({left}) can be the permit's last day ({right}) at the latest."),
            guide: .extensionPeriodWarning),
        Rule(
            id: "extension-extends", severity: .error, source: RuleSource.calendar,
            title: LocalizedText(tr: "Yeni bitiş tarihi mevcut bitişten sonra", en: "The extension extends the permit"),
            message: LocalizedText(
                tr: "İstenen yeni bitiş tarihi ({left}) mevcut iznin bitiş tarihinden ({right}) sonra olmalıdır.",
                en: "The requested new end date ({left}) must be after the current permit's end date ({right})."),
            guide: .rule("extension-extends")),
        Rule(
            id: "first-permit-max-1-year", severity: .warning, source: RuleSource.law6735,
            title: LocalizedText(tr: "İlk izin en çok 1 yıl", en: "First permit at most 1 year"),
            message: LocalizedText(
                tr: "İlk çalışma izni en çok 1 yıl için verilir: istenen bitiş ({left}) {right} tarihinden sonra. Yalnızca uyarıdır, çünkü kaynak kılavuz değil 6735 sayılı Kanun'dur ve Bakanlık daha kısa süre verebilir.",
                en: "A first work permit is granted for at most 1 year: the requested end ({left}) is after {right}. Only a warning, because the source is Law 6735, not the guide, and the ministry may grant less."),
            guide: .rule("first-permit-max-1-year")),
        Rule(
            id: "extension-max-duration", severity: .warning, source: RuleSource.law6735,
            title: LocalizedText(tr: "Uzatma süresi en çok 2 (sonra 3) yıl", en: "Extension at most 2 (later 3) years"),
            message: LocalizedText(
                tr: "Aynı işverenle ilk uzatma en çok 2 yıl, sonrakiler en çok 3 yıl olabilir: istenen bitiş ({left}) {right} tarihinden sonra. Yalnızca uyarıdır, çünkü kaynak kılavuz değil 6735 sayılı Kanun'dur.",
                en: "A first extension with the same employer is at most 2 years, later ones at most 3 years: the requested end ({left}) is after {right}. Only a warning, because the source is Law 6735, not the guide."),
            guide: .rule("extension-max-duration")),
        Rule(
            id: "termination-before-permit-end", severity: .error,
            source: RuleSource.guide("İzin Sonrası İşlemler, İzin Sonlandırma Talebi", "After the permit, early termination request"),
            title: LocalizedText(tr: "Sonlandırma izin bitişinden önce", en: "Termination before the permit's end"),
            message: LocalizedText(
                tr: "Sonlandırma talebi iznin bitiş tarihinden önceki bir tarih içindir: istenen tarih ({left}) izin bitişinden ({right}) önce olmalıdır.",
                en: "Early termination is requested for a date before the permit ends: the requested date ({left}) must be before the permit's end ({right})."),
            guide: .terminationRequest),
        Rule(
            id: "termination-after-permit-start", severity: .warning, source: RuleSource.inference,
            title: LocalizedText(tr: "Sonlandırma izin başladıktan sonra", en: "Termination after the permit's start"),
            message: LocalizedText(
                tr: "İstenen sonlandırma tarihi ({left}) iznin başlangıcından ({right}) önce. Yalnızca uyarıdır: kılavuz bunu açıkça söylemez, ancak başlamamış bir izin sonlandırılamaz.",
                en: "The requested termination date ({left}) is before the permit's start ({right}). Only a warning: the guide does not say so, but a permit that has not begun cannot be ended."),
            guide: .rule("termination-after-permit-start")),
        Rule(
            id: "event-date-not-future", severity: .error, source: RuleSource.calendar,
            title: LocalizedText(tr: "Olay tarihi gelecekte değil", en: "Event date not in the future"),
            message: LocalizedText(
                tr: "Kartın kaybolduğu, çalındığı ya da tahrip olduğu tarih ({left}) bugünden ({right}) sonra olamaz.",
                en: "The date the card was lost, stolen or destroyed ({left}) cannot be after today ({right})."),
            guide: .lostCardRequest),
        Rule(
            id: "start-of-work-within-permit", severity: .warning, source: RuleSource.inference,
            title: LocalizedText(tr: "İşe başlama izin süresi içinde", en: "Work starts within the permit"),
            message: LocalizedText(
                tr: "İşe başlama tarihi ({left}) izin süresinin dışında (sınır: {right}). Yalnızca uyarıdır: kılavuz açıkça söylemez, ancak izin bu süre için geçerlidir.",
                en: "The start of work ({left}) is outside the permit's period (limit: {right}). Only a warning: the guide does not say so, but the permit is valid for that period only."),
            guide: .rule("start-of-work-within-permit")),
        Rule(
            id: "start-of-work-within-1-month", severity: .warning, source: RuleSource.faq(16),
            title: LocalizedText(tr: "İşe başlama 1 ay içinde", en: "Work starts within 1 month"),
            message: LocalizedText(
                tr: "Yurt içinden yapılan başvurularda işe, iznin başlangıcından itibaren 1 ay içinde başlanır: işe başlama ({left}) {right} tarihinden sonra. Yalnızca uyarıdır, çünkü kaynak kılavuz değil Bakanlığın SSS sayfasıdır.",
                en: "When the application was made from inside Turkey, work starts within 1 month of the permit's start: the start of work ({left}) is after {right}. Only a warning, because the source is the ministry's FAQ, not the guide."),
            guide: .rule("start-of-work-within-1-month")),
        Rule(
            id: "start-of-work-after-entry", severity: .warning, source: RuleSource.faq(16),
            title: LocalizedText(tr: "Yurt dışından gelişte 1 ay ve 6 ay", en: "From abroad: 1 month after entry, 6 months after the start"),
            message: LocalizedText(
                tr: "Yurt dışından yapılan başvurularda işe, Türkiye'ye girişten itibaren 1 ay ve her durumda iznin başlangıcından itibaren 6 ay içinde başlanır: işe başlama ({left}) {right} tarihinden sonra. Yalnızca uyarıdır, çünkü kaynak kılavuz değil Bakanlığın SSS sayfasıdır.",
                en: "When the application was made from abroad, work starts within 1 month of entering Turkey and in every case within 6 months of the permit's start: the start of work ({left}) is after {right}. Only a warning, because the source is the ministry's FAQ, not the guide."),
            guide: .rule("start-of-work-after-entry")),
        Rule(
            id: "notification-within-15-days", severity: .warning, source: RuleSource.faq(61),
            title: LocalizedText(tr: "Bildirim 15 gün içinde", en: "Notified within 15 days"),
            message: LocalizedText(
                tr: "İşe başlama 15 gün içinde bildirilir: bildirim tarihi ({left}) {right} tarihinden sonra. Yalnızca uyarıdır, çünkü kaynak kılavuz değil Bakanlığın SSS sayfasıdır.",
                en: "The start of work is notified within 15 days: the notification date ({left}) is after {right}. Only a warning, because the source is the ministry's FAQ, not the guide."),
            guide: .rule("notification-within-15-days")),
        Rule(
            id: "notification-after-start-of-work", severity: .warning, source: RuleSource.inference,
            title: LocalizedText(tr: "Bildirim işe başladıktan sonra", en: "Notified after work starts"),
            message: LocalizedText(
                tr: "Bildirim tarihi ({left}) işe başlama tarihinden ({right}) önce. Yalnızca uyarıdır: kılavuz açıkça söylemez, ancak işe başlama, başladıktan sonra bildirilir (\"İşe girişinin yapıldığı başvurularda\").",
                en: "The notification date ({left}) is before the start of work ({right}). Only a warning: the guide does not say so explicitly, but a start of work is notified once it has happened (\"İşe girişinin yapıldığı başvurularda\")."),
            guide: .startOfWorkNotification),
    ]
}
