package eu.cginternational.service.demo;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementVersion;
import eu.cginternational.domain.agreement.AgreementTerms;
import eu.cginternational.domain.agreement.ClauseTemplate;
import eu.cginternational.domain.agreement.NamedSigner;
import eu.cginternational.domain.agreement.Opportunity;
import eu.cginternational.domain.agreement.PlacementCommitment;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.SignatureMark;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.SignerRole;
import eu.cginternational.domain.signing.SignerSlot;
import eu.cginternational.service.agreement.AgreementDocuments;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.signing.SigningConsent;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Demo clause templates, partnership agreements between the demo schools and companies in every
 * state, and open placements on the board (cooks and waiters in Spain, software developers in
 * Albania, so that students find them from the occupations). Every agreement reaches its state
 * through the agreement's own steps, and every version sent is frozen in the signing register with
 * its signatures, so the signing panel, the PDF and the audit certificate work on them too.
 */
final class DemoAgreements {

    private final EntityManager em;
    private final Map<String, UserAccount> accounts;
    private final Instant now;
    private Instant at;
    private List<ClauseTemplate> templates;

    /**
     * The agreements as they stand at the moment given: their steps taken in the months before it, their dates from the
     * drafting institution's day at it ({@link Agreement#dayAt}), a placement's from its partner's.
     */
    DemoAgreements(EntityManager em, Map<String, UserAccount> accounts, Instant now) {
        this.em = em;
        this.accounts = accounts;
        this.now = now;
        this.at = now.minus(120, ChronoUnit.DAYS);
    }

    void load() {
        templates = List.of(
                template("Data protection", "The parties process the personal data of learners only for the placements under "
                                + "this agreement and in line with the General Data Protection Regulation.",
                        "Mbrojtja e të dhënave", "Palët i përpunojnë të dhënat personale të nxënësve vetëm për praktikat sipas "
                                + "kësaj marrëveshjeje dhe në përputhje me Rregulloren e Përgjithshme për Mbrojtjen e të Dhënave.",
                        "Zaštita podataka", "Strane obrađuju lične podatke učenika samo za prakse po ovom sporazumu i u skladu "
                                + "s Opštom uredbom o zaštiti podataka."),
                template("Safety and insurance", "The host company instructs every learner in health and safety at work on "
                                + "the first day; the sending school ensures accident and liability insurance for the whole placement.",
                        "Siguria dhe sigurimi", "Kompania pritëse e udhëzon çdo nxënës për shëndetin dhe sigurinë në punë "
                                + "ditën e parë; shkolla dërguese siguron sigurim aksidentesh dhe përgjegjësie për gjithë praktikën.",
                        "Bezbjednost i osiguranje", "Kompanija domaćin upućuje svakog učenika u zaštitu zdravlja i bezbjednost "
                                + "na radu prvog dana; škola pošiljalac obezbjeđuje osiguranje od nezgode i odgovornosti za cijelu praksu."),
                template("Disputes", "The parties settle any disagreement about this agreement by talking first; "
                                + "the project coordinator mediates if they ask.",
                        "Mosmarrëveshjet", "Palët zgjidhin çdo mosmarrëveshje për këtë marrëveshje fillimisht me bisedë; "
                                + "koordinatori i projektit ndërmjetëson nëse ata e kërkojnë.",
                        "Sporovi", "Strane rješavaju svako neslaganje oko ovog sporazuma najprije razgovorom; "
                                + "koordinator projekta posreduje ako to zatraže."));

        UserAccount kpt = accounts.get("school.kpt");
        UserAccount lutfi = accounts.get("school.lutfimusiqi");
        UserAccount pljevlja = accounts.get("school.pljevlja");
        UserAccount costaAzul = accounts.get("partner.es");
        UserAccount tiranaDigital = accounts.get("partner.al");
        LocalDate tirana = kpt.getInstitution().dayAt(now);
        LocalDate prishtina = lutfi.getInstitution().dayAt(now);
        LocalDate podgorica = pljevlja.getInstitution().dayAt(now);

        Agreement hospitality = agreement("Hospitality placements Tirana–Valencia", kpt, costaAzul, Language.EN,
                tirana.minusMonths(3), tirana.plusYears(2), new PlacementCommitment("5120", "Cooks", 4),
                new PlacementCommitment("5131", "Waiters", 4), new PlacementCommitment("4224", "Hotel receptionists", 2));
        signAll(hospitality, costaAzul, kpt);
        Agreement software = agreement("Software development placements Pljevlja–Tirana", pljevlja, tiranaDigital, Language.EN,
                podgorica.minusMonths(2), podgorica.plusYears(1).plusMonths(6), new PlacementCommitment("2512", "Software developers", 3),
                new PlacementCommitment("3512", "ICT user support technicians", 2));
        signAll(software, tiranaDigital, pljevlja);
        Agreement endingSoon = agreement("Summer kitchen placements Prishtina–Valencia", lutfi, costaAzul, Language.EN,
                prishtina.minusYears(1), prishtina.plusDays(20), new PlacementCommitment("5120", "Cooks", 2));
        signAll(endingSoon, costaAzul, lutfi);

        agreement("Tourism internships Pljevlja–Valencia", pljevlja, costaAzul, Language.CNR, podgorica.plusMonths(1),
                podgorica.plusYears(2), new PlacementCommitment("5131", "Konobari", 2));
        Agreement sent = agreement("Web development apprenticeships Prishtina–Tirana", lutfi, tiranaDigital, Language.SQ,
                prishtina.plusMonths(1), prishtina.plusYears(2), new PlacementCommitment("2513", "Zhvillues uebi dhe multimediali", 2));
        send(sent);
        Agreement partial = agreement("Front office and housekeeping Tirana–Valencia", kpt, costaAzul, Language.EN,
                tirana.plusMonths(2), tirana.plusYears(3), new PlacementCommitment("5151", "Cleaning and housekeeping supervisors", 2));
        SignedDocument partialDocument = send(partial);
        sign(partial, partialDocument, costaAzul, false);
        Agreement declined = agreement("Bakery placements Prishtina–Valencia", lutfi, costaAzul, Language.EN,
                prishtina.plusMonths(1), prishtina.plusYears(2), new PlacementCommitment("7512", "Bakers", 6));
        SignedDocument declinedDocument = send(declined);
        String why = "We can host two bakers a year, not six; please change the commitment.";
        Instant at = next();
        declinedDocument.decline(costaAzul, why, at, null, null);
        declined.declined(costaAzul, why, at);
        Agreement terminated = agreement("ICT support placements Tirana", kpt, tiranaDigital, Language.SQ,
                tirana.minusMonths(8), tirana.plusYears(1), new PlacementCommitment("3512", "Teknikë mbështetjeje për përdoruesit e TIK", 2));
        signAll(terminated, tiranaDigital, kpt);
        terminated.terminate(tiranaDigital, "Our support team moved to another city; we can no longer host learners.", next());
        Agreement expired = agreement("Winter season placements Pljevlja–Valencia", pljevlja, costaAzul, Language.EN,
                podgorica.minusYears(2), podgorica.minusMonths(1), new PlacementCommitment("5120", "Cooks", 2));
        signAll(expired, costaAzul, pljevlja);
        expired.expire(expired.dayAt(now), next());

        Country spain = em.find(Country.class, "ES");
        Country albania = em.find(Country.class, "AL");
        opportunity(hospitality, costaAzul, "5120", "Cooks", spain, "Valencia", 45, 90, 2, "es",
                "Work in the kitchen of a beach hotel with 200 covers: preparation, the cold station, then the hot line with a chef as mentor.");
        opportunity(hospitality, costaAzul, "5131", "Waiters", spain, "Valencia", 45, 75, 3, "en",
                "Restaurant and terrace service in a four-star hotel; English is the working language with guests.");
        opportunity(hospitality, costaAzul, "4224", "Hotel receptionists", spain, "Valencia", 60, 150, 1, "en",
                "Front desk: arrivals, departures and guest questions, with the hotel's booking system; an ErasmusPro placement.");
        opportunity(software, tiranaDigital, "2512", "Software developers", albania, "Tirana", 40, 100, 2, "en",
                "Join a team that builds web and mobile applications for banks; Java and TypeScript, code review every day.");
        opportunity(software, tiranaDigital, "3512", "ICT user support technicians", albania, "Tirana", 50, 80, 1, "sq",
                "First-line support for the company's customers: tickets, remote help and documentation.");
    }

    private ClauseTemplate template(String titleEn, String bodyEn, String titleSq, String bodySq, String titleCnr, String bodyCnr) {
        ClauseTemplate template = new ClauseTemplate(titleEn, bodyEn, titleSq, bodySq, titleCnr, bodyCnr);
        em.persist(template);
        em.flush();
        return template;
    }

    private Agreement agreement(String title, UserAccount author, UserAccount partner, Language language, LocalDate start,
            LocalDate end, PlacementCommitment... placements) {
        AgreementTerms terms = new AgreementTerms(language,
                "Give VET learners work-based learning abroad in real workplaces, bring company practice into the school "
                        + "and plan the placements of each year together.",
                start, end, Arrays.asList(placements), 2, "Work clothes and tools for every learner",
                "Two guest lessons a year by company staff at the school", "Yearly review of the practical modules",
                "School: the international officer. Company: the training manager.",
                templates.stream().map(t -> t.in(language)).toList());
        Agreement agreement = new Agreement(title, author, List.of(partner.getInstitution()), terms,
                List.of(new NamedSigner(partner), new NamedSigner(author)), next());
        em.persist(agreement);
        return agreement;
    }

    /** Sends the draft and records every signature in order in the register: the agreement is in force. */
    private void signAll(Agreement agreement, UserAccount first, UserAccount second) {
        SignedDocument document = send(agreement);
        sign(agreement, document, first, false);
        sign(agreement, document, second, true);
    }

    /**
     * Sends the draft as its author would: the version's PDF is frozen in the signing register
     * with its signers in order. The signing engine's own send needs a signed-in caller, which
     * demo data loading at start-up has not, so the register's entity is made here directly.
     */
    private SignedDocument send(Agreement agreement) {
        Instant at = next();
        agreement.send(agreement.getAuthor(), at);
        em.flush();
        AgreementVersion version = agreement.getCurrent();
        List<SignerSlot> slots = version.getSigners().stream()
                .map(s -> new SignerSlot(s.getAccount(), s.getInstitution().getType() == InstitutionType.VET_SCHOOL
                        ? SignerRole.SCHOOL_PARTY : SignerRole.COMPANY_PARTY, s.getInstitution()))
                .toList();
        Pdf pdf = new AgreementDocuments().render(version);
        SignedDocument document = new SignedDocument(DocumentKind.PARTNERSHIP_AGREEMENT, version.getId(),
                agreement.getTitle() + " (" + version.getNumber() + ")", pdf.fileName(), pdf.content(), slots,
                agreement.getAuthor(), at, null, null);
        em.persist(document);
        em.flush();
        version.frozenAs(document.getId());
        return document;
    }

    /** Records a demo signature in the register (typed name, a drawn line, the current consent) and in the agreement. */
    private void sign(Agreement agreement, SignedDocument document, UserAccount signer, boolean last) {
        Instant at = next();
        document.sign(signer, new SignatureMark(signer.getFullName(), drawnLine(), SigningConsent.CURRENT_VERSION, null,
                "demo data", document.getSha256()), at);
        agreement.signed(signer, last, at);
    }

    /** A small PNG with one stroke, standing for a drawn signature. */
    private static byte[] drawnLine() {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pen = image.createGraphics();
        pen.setColor(new Color(0x1a, 0x23, 0x7e));
        pen.drawLine(5, 30, 40, 10);
        pen.drawLine(40, 10, 80, 32);
        pen.drawLine(80, 32, 115, 8);
        pen.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void opportunity(Agreement agreement, UserAccount partner, String isco, String title, Country country, String city,
            int startInDays, int endInDays, int seats, String language, String description) {
        LocalDate today = partner.getInstitution().dayAt(now);
        em.persist(new Opportunity(agreement, partner, isco, title, country, city, today.plusDays(startInDays),
                today.plusDays(endInDays), seats, language, description, today));
    }

    private Instant next() {
        at = at.plusSeconds(3600);
        return at;
    }
}
