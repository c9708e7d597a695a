package eu.cginternational.service.agreement;

import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementClause;
import eu.cginternational.domain.agreement.AgreementVersion;
import eu.cginternational.domain.agreement.NamedSigner;
import eu.cginternational.domain.agreement.PlacementCommitment;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.documents.PdfComposer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The PDF of one version of an agreement, in the language the version is written in, whoever
 * reads it: a signed document is one set of bytes for all its parties, so it cannot follow each
 * reader's language. It is made only from the version's recorded content and date, so the same
 * version always gives the same bytes; that is what the signing engine freezes and hashes. The day a version was
 * made is the drafting institution's ({@link Agreement#dayAt}), which wrote it.
 */
@ApplicationScoped
public class AgreementDocuments {

    public Pdf render(AgreementVersion version) {
        Agreement agreement = version.getAgreement();
        Locale locale = version.getLanguage().locale();
        String title = text(locale, "document.agreement.title");
        PdfComposer pdf = new PdfComposer("agreement/" + agreement.getId() + "/" + version.getNumber() + "/"
                + version.getMadeAt(), version.getMadeAt(), locale, title, version.getTitle());
        pdf.title(version.getTitle())
                .subtitle(text(locale, "document.agreement.subtitle", title, version.getNumber(),
                        Texts.date(locale, agreement.dayAt(version.getMadeAt()))) + " · "
                        + text(locale, "document.agreement.programme"));

        Map<String, String> parties = PdfComposer.factList();
        version.getParties().stream()
                .sorted(Comparator.comparing(Institution::getType).thenComparing(Institution::getName))
                .forEach(p -> parties.merge(text(locale, "document.agreement.party." + p.getType()), describe(p, locale),
                        (earlier, next) -> earlier + "\n" + next));
        pdf.heading(text(locale, "document.agreement.parties")).facts(parties)
                .heading(text(locale, "document.agreement.objectives")).text(version.getObjectives());

        Map<String, String> terms = PdfComposer.factList();
        terms.put(text(locale, "document.period"), text(locale, "document.period.value",
                Texts.date(locale, version.getStartDate()), Texts.date(locale, version.getEndDate())));
        for (PlacementCommitment placement : version.getPlacements()) {
            terms.put(text(locale, "document.agreement.placement", placement.getIscoCode(), placement.getOccupationTitle()),
                    text(locale, "document.agreement.placement.value", placement.getPlacementsPerYear()));
        }
        terms.put(text(locale, "document.agreement.mentors"), String.valueOf(version.getMentors()));
        terms.put(text(locale, "document.agreement.equipment"), version.getEquipment());
        terms.put(text(locale, "document.agreement.guest_teaching"), version.getGuestTeaching());
        terms.put(text(locale, "document.agreement.curriculum_input"), version.getCurriculumInput());
        terms.put(text(locale, "document.agreement.contacts"), version.getContacts());
        pdf.heading(text(locale, "document.agreement.commitments")).facts(terms);

        List<AgreementClause> clauses = version.getClauses();
        for (int i = 0; i < clauses.size(); i++) {
            pdf.heading(text(locale, "document.agreement.clause", i + 1, clauses.get(i).getTitle()))
                    .text(clauses.get(i).getBody());
        }

        Map<String, String> signers = PdfComposer.factList();
        List<NamedSigner> named = version.getSigners();
        for (int i = 0; i < named.size(); i++) {
            signers.put(String.valueOf(i + 1), named.get(i).getAccount().getFullName() + " — " + named.get(i).getInstitution().getName());
        }
        pdf.heading(text(locale, "document.agreement.signers")).facts(signers)
                .note(text(locale, "document.agreement.made", version.getNumber(), String.valueOf(agreement.getId()),
                        version.getMadeBy().getFullName(), Texts.date(locale, agreement.dayAt(version.getMadeAt()))));
        return new Pdf(fileName(version), pdf.finish());
    }

    public static String fileName(AgreementVersion version) {
        return "agreement-" + version.getAgreement().getId() + "-v" + version.getNumber() + ".pdf";
    }

    private static String describe(Institution party, Locale locale) {
        return party.getName() + ", " + party.getCity() + " (" + party.getCountry().displayName(locale) + ")";
    }


    private static String text(Locale locale, String key, Object... arguments) {
        return Texts.format(locale, key, arguments);
    }
}
