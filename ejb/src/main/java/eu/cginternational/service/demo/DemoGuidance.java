package eu.cginternational.service.demo;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.guidance.Audience;
import eu.cginternational.domain.guidance.GuidanceResource;
import eu.cginternational.domain.guidance.ResourceKind;
import eu.cginternational.domain.guidance.ResourceStatus;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.policy.Publication;
import eu.cginternational.domain.policy.PublicationKind;
import eu.cginternational.domain.policy.RecommendationStatus;
import eu.cginternational.service.text.RichText;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo guidance library: a few resources written for the project in English, Albanian and
 * Montenegrin, published by the coordinator, one draft of a teacher waiting for publication, and a
 * country policy report with two policy recommendations of the research and policy area.
 */
final class DemoGuidance {

    private final EntityManager em;
    private final Map<String, UserAccount> accounts;
    private final Instant now;

    /** The library as it stands at the moment given; publications dated from the coordinator's day, who keeps them. */
    DemoGuidance(EntityManager em, Map<String, UserAccount> accounts, Instant now) {
        this.em = em;
        this.accounts = accounts;
        this.now = now;
    }

    void load() {
        published("coordinator", "Preparing a traineeship abroad: a checklist for students",
                "What to settle before, during and after a work placement in another country.",
                ResourceKind.GUIDE, Language.EN, EnumSet.of(Audience.STUDENT, Audience.COUNSELLOR),
                List.of("mobility", "traineeship", "checklist"),
                "<h3>Before you leave</h3><ul><li>Agree the learning agreement with your school and the host.</li>"
                        + "<li>Check your passport or identity card is valid for the whole stay.</li>"
                        + "<li>Take the European Health Insurance Card or the insurance your school arranges.</li></ul>"
                        + "<h3>During the placement</h3><ul><li>Keep a short weekly diary of tasks and what you learnt.</li>"
                        + "<li>Talk to your mentor when something is unclear.</li></ul>"
                        + "<h3>After you return</h3><ul><li>Write the participant report.</li>"
                        + "<li>Ask your school how the learning outcomes are recognised.</li></ul>");
        published("coordinator", "Intervista e orientimit në karrierë: udhëzues për mësuesit",
                "Si të zhvilloni një bisedë orientimi 30-minutëshe me një nxënës të arsimit profesional.",
                ResourceKind.GUIDE, Language.SQ, EnumSet.of(Audience.COUNSELLOR, Audience.TEACHER),
                List.of("intervista", "orientim", "karriera"),
                "<p>Një bisedë e mirë orientimi ka tre pjesë:</p><ol>"
                        + "<li><strong>Dëgjimi</strong> – pyesni nxënësin çfarë i pëlqen të bëjë dhe çfarë e lodh.</li>"
                        + "<li><strong>Eksplorimi</strong> – shikoni së bashku profilin e interesave dhe profesionet që i përshtaten.</li>"
                        + "<li><strong>Plani</strong> – bini dakord për dy ose tre hapa të vegjël me afate.</li></ol>"
                        + "<p>Shkruani shënimet menjëherë pas bisedës dhe shënoni si private vetëm atë që nxënësi nuk duhet ta lexojë.</p>");
        published("coordinator", "Čas: upoznaj zanimanja u svojoj oblasti",
                "Plan časa od 45 minuta u kojem učenici istražuju tri zanimanja svog obrazovnog profila.",
                ResourceKind.LESSON_PLAN, Language.CNR, EnumSet.of(Audience.TEACHER),
                List.of("zanimanja", "čas", "istraživanje"),
                "<p><em>Cilj:</em> učenici opisuju tri zanimanja i navode vještine koje su za njih potrebne.</p>"
                        + "<ol><li>Uvod (5 min): šta znamo o zanimanjima u turizmu ili građevinarstvu?</li>"
                        + "<li>Rad u grupama (25 min): svaka grupa istražuje jedno zanimanje na platformi.</li>"
                        + "<li>Predstavljanje (10 min) i razgovor o tome gdje se traže radnici (5 min).</li></ol>");
        published("coordinator", "Europass CV editor",
                "The European Union's free editor for a CV in the Europass format, in all EU languages.",
                ResourceKind.LINK, Language.EN, EnumSet.of(Audience.STUDENT, Audience.TEACHER, Audience.COUNSELLOR),
                List.of("cv", "europass", "job application"), null, "https://europass.europa.eu/en/create-europass-cv");
        GuidanceResource draft = resource("teacher.kpt", "Si të përgatitesh për intervistën e punës",
                "Pesë pyetje që punëdhënësit bëjnë shpesh dhe si t'u përgjigjesh.",
                ResourceKind.TOOL, Language.SQ, EnumSet.of(Audience.STUDENT), List.of("intervista", "punë"),
                "<p>Përgatitni një shembull konkret për secilën nga këto pyetje: pse kjo punë, çfarë dini të bëni, "
                        + "një problem që e zgjidhët, si punoni në ekip dhe çfarë doni të mësoni.</p>", null);
        em.persist(draft);
        publications();
    }

    private void publications() {
        LocalDate today = accounts.get("coordinator").getInstitution().dayAt(now);
        Publication report = new Publication(PublicationKind.REPORT);
        report.describe("Career guidance in VET in Albania: country policy report",
                "Where career guidance in vocational schools stands, who provides it, how labour-market information"
                        + " reaches students, and the gaps the project works on: access in rural schools, trained"
                        + " advisors, guidance as part of school life.",
                em.find(Country.class, "AL"), today.minusMonths(2), null);
        em.persist(report);
        Publication recommendation = new Publication(PublicationKind.RECOMMENDATION);
        recommendation.describe("Make career guidance a regular part of the VET school year",
                "Every VET school names a trained career counsellor and plans at least two guidance sessions per"
                        + " student and year, recorded so that progress can be followed.",
                em.find(Country.class, "ME"), today.minusMonths(1),
                "Ministarstvo prosvjete, nauke i inovacija");
        em.persist(recommendation);
        Publication adopted = new Publication(PublicationKind.RECOMMENDATION);
        adopted.describe("Publish labour-market information for VET students in plain language",
                "Shortage occupations and typical wages, by region, once a year, in a form that students and their"
                        + " families can read.",
                em.find(Country.class, "XK"), today.minusMonths(3),
                "Ministry of Education, Science, Technology and Innovation");
        adopted.track(RecommendationStatus.ADOPTED);
        em.persist(adopted);
    }

    private void published(String author, String title, String summary, ResourceKind kind, Language language,
            Set<Audience> audiences, List<String> topics, String body) {
        published(author, title, summary, kind, language, audiences, topics, body, null);
    }

    private void published(String author, String title, String summary, ResourceKind kind, Language language,
            Set<Audience> audiences, List<String> topics, String body, String link) {
        GuidanceResource resource = resource(author, title, summary, kind, language, audiences, topics, body, link);
        resource.moveTo(ResourceStatus.PUBLISHED, now);
        em.persist(resource);
    }

    private GuidanceResource resource(String author, String title, String summary, ResourceKind kind, Language language,
            Set<Audience> audiences, List<String> topics, String body, String link) {
        GuidanceResource resource = new GuidanceResource(accounts.get(author));
        GuidanceResource.Content content = link != null ? new GuidanceResource.Link(link)
                : new GuidanceResource.Body(RichText.sanitise(body));
        resource.describe(title, summary, kind, language, audiences, topics, content);
        return resource;
    }
}
