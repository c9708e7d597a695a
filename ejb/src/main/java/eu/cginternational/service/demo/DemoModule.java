package eu.cginternational.service.demo;

import eu.cginternational.domain.training.LearningModule;
import eu.cginternational.domain.training.LessonContent;
import eu.cginternational.domain.training.LocalizedText;
import eu.cginternational.domain.training.QuestionPlan;
import eu.cginternational.domain.training.QuestionPlan.ChoicePlan;
import eu.cginternational.domain.training.Training;
import java.util.List;

/**
 * The demo self-paced module "Introducing RIASEC interests to VET students": three lessons and a
 * quiz in English, Albanian and Montenegrin, written as the HTML that the sanitiser keeps.
 */
final class DemoModule {

    private DemoModule() {
    }

    static LearningModule riasec(Training training) {
        LearningModule module = new LearningModule(training);
        module.addLesson(new LessonContent(
                new LocalizedText("Six interest types", "Gjashtë llojet e interesave", "Šest tipova interesovanja"),
                new LocalizedText(
                        "<p>John Holland described six broad types of vocational interest, known by their initials as "
                                + "<strong>RIASEC</strong>:</p><ul><li><strong>Realistic</strong>: working with tools, machines, "
                                + "plants or animals</li><li><strong>Investigative</strong>: observing, analysing, solving problems"
                                + "</li><li><strong>Artistic</strong>: creating, designing, expressing ideas</li><li><strong>Social"
                                + "</strong>: helping, teaching, caring for people</li><li><strong>Enterprising</strong>: leading, "
                                + "persuading, selling</li><li><strong>Conventional</strong>: organising data and records "
                                + "accurately</li></ul><p>Most people show a mix of two or three types. The types describe "
                                + "interests, not abilities: a student can like investigative work and still need to learn it.</p>",
                        "<p>John Holland përshkroi gjashtë lloje të gjera interesash profesionale, të njohura me inicialet "
                                + "<strong>RIASEC</strong>:</p><ul><li><strong>Realist</strong>: punë me vegla, makina, bimë ose "
                                + "kafshë</li><li><strong>Hulumtues</strong>: vëzhgim, analizë, zgjidhje problemesh</li><li>"
                                + "<strong>Artistik</strong>: krijim, dizajn, shprehje idesh</li><li><strong>Social</strong>: "
                                + "ndihmë, mësimdhënie, kujdes për njerëzit</li><li><strong>Sipërmarrës</strong>: udhëheqje, "
                                + "bindje, shitje</li><li><strong>Konvencional</strong>: organizim i saktë i të dhënave dhe "
                                + "dokumenteve</li></ul><p>Shumica e njerëzve kanë një përzierje prej dy ose tre llojesh. "
                                + "Llojet përshkruajnë interesa, jo aftësi.</p>",
                        "<p>Džon Holand je opisao šest širokih tipova profesionalnih interesovanja, poznatih po početnim "
                                + "slovima kao <strong>RIASEC</strong>:</p><ul><li><strong>Realistični</strong>: rad s alatima, "
                                + "mašinama, biljkama ili životinjama</li><li><strong>Istraživački</strong>: posmatranje, analiza, "
                                + "rješavanje problema</li><li><strong>Umjetnički</strong>: stvaranje, dizajn, izražavanje ideja"
                                + "</li><li><strong>Socijalni</strong>: pomaganje, podučavanje, briga o ljudima</li><li><strong>"
                                + "Preduzetnički</strong>: vođenje, uvjeravanje, prodaja</li><li><strong>Konvencionalni</strong>: "
                                + "tačno uređivanje podataka i evidencija</li></ul><p>Većina ljudi pokazuje mješavinu dva ili tri "
                                + "tipa. Tipovi opisuju interesovanja, a ne sposobnosti.</p>"),
                null));
        module.addLesson(new LessonContent(
                new LocalizedText("Running the self-assessment with a class", "Zhvillimi i vetëvlerësimit me një klasë",
                        "Sprovođenje samoprocjene s odjeljenjem"),
                new LocalizedText(
                        "<p>Book a computer room for one lesson. Explain first that there are no right or wrong answers and "
                                + "that the result is a starting point for a conversation, not a verdict.</p><ol><li>Students "
                                + "answer the platform’s interest items alone, without comparing.</li><li>Each student notes "
                                + "their three strongest types.</li><li>In pairs, students name one activity from school or home "
                                + "that fits each of their types.</li></ol><p>Keep the profiles private: students choose what "
                                + "they share with the class.</p>",
                        "<p>Rezervoni një sallë kompjuterash për një orë mësimi. Shpjegoni fillimisht se nuk ka përgjigje të "
                                + "sakta apo të gabuara dhe se rezultati është pikënisje për një bisedë, jo vendim.</p><ol><li>"
                                + "Nxënësit u përgjigjen pyetjeve të interesave të platformës vetëm, pa krahasuar.</li><li>Çdo "
                                + "nxënës shënon tre llojet e tij më të forta.</li><li>Në çifte, nxënësit përmendin një aktivitet "
                                + "nga shkolla ose shtëpia për secilin lloj.</li></ol><p>Profilet mbeten private: nxënësit "
                                + "zgjedhin çfarë ndajnë me klasën.</p>",
                        "<p>Rezervišite računarsku salu za jedan čas. Prvo objasnite da nema tačnih ni pogrešnih odgovora i "
                                + "da je rezultat polazište za razgovor, a ne presuda.</p><ol><li>Učenici sami odgovaraju na "
                                + "stavke interesovanja na platformi, bez poređenja.</li><li>Svaki učenik zapiše svoja tri "
                                + "najjača tipa.</li><li>U parovima učenici navode po jednu aktivnost iz škole ili kuće za svaki "
                                + "svoj tip.</li></ol><p>Profili ostaju privatni: učenici biraju šta dijele s odjeljenjem.</p>"),
                null));
        module.addLesson(new LessonContent(
                new LocalizedText("From a profile to occupations and placements", "Nga profili te profesionet dhe praktikat",
                        "Od profila do zanimanja i praksi"),
                new LocalizedText(
                        "<p>A profile becomes useful when it is linked to real options. With each student, open the "
                                + "occupation explorer filtered by their two strongest types and their VET field.</p><ul><li>"
                                + "Look at the tasks and skills of two or three occupations.</li><li>Check the demand in the "
                                + "student’s country and abroad.</li><li>Agree one next step: a company visit, a short "
                                + "placement or a mobility abroad.</li></ul><p>Write the step into the student’s action plan "
                                + "so that it is followed up at the next guidance session.</p>",
                        "<p>Profili bëhet i dobishëm kur lidhet me mundësi reale. Me secilin nxënës, hapni eksploruesin e "
                                + "profesioneve të filtruar sipas dy llojeve më të forta dhe fushës së tij të AAP-së.</p><ul>"
                                + "<li>Shikoni detyrat dhe aftësitë e dy ose tre profesioneve.</li><li>Kontrolloni kërkesën në "
                                + "vend dhe jashtë vendit.</li><li>Bini dakord për një hap të ardhshëm: vizitë në një kompani, "
                                + "praktikë të shkurtër ose mobilitet jashtë vendit.</li></ul><p>Shkruajeni hapin në planin e "
                                + "veprimit të nxënësit, që të ndiqet në seancën e ardhshme.</p>",
                        "<p>Profil postaje koristan kada se poveže sa stvarnim mogućnostima. Sa svakim učenikom otvorite "
                                + "pretraživač zanimanja filtriran po njegova dva najjača tipa i njegovoj stručnoj oblasti.</p>"
                                + "<ul><li>Pogledajte zadatke i vještine dva ili tri zanimanja.</li><li>Provjerite potražnju u "
                                + "zemlji i inostranstvu.</li><li>Dogovorite jedan sljedeći korak: posjetu firmi, kratku praksu "
                                + "ili mobilnost u inostranstvu.</li></ul><p>Upišite korak u akcioni plan učenika, da se prati "
                                + "na sljedećoj sesiji savjetovanja.</p>"),
                null));
        module.addQuiz(new LocalizedText("Check your understanding", "Kontrolloni njohuritë", "Provjerite razumijevanje"), 100,
                List.of(new QuestionPlan(new LocalizedText("Which interest type prefers helping, teaching and caring for people?",
                                "Cili lloj interesi parapëlqen ndihmën, mësimdhënien dhe kujdesin për njerëzit?",
                                "Koji tip interesovanja voli pomaganje, podučavanje i brigu o ljudima?"), false,
                                List.of(new ChoicePlan(new LocalizedText("Realistic", "Realist", "Realistični"), false),
                                        new ChoicePlan(new LocalizedText("Social", "Social", "Socijalni"), true),
                                        new ChoicePlan(new LocalizedText("Conventional", "Konvencional", "Konvencionalni"), false))),
                        new QuestionPlan(new LocalizedText("Which statements about a RIASEC profile are true?",
                                "Cilat pohime për një profil RIASEC janë të vërteta?",
                                "Koje tvrdnje o RIASEC profilu su tačne?"), true,
                                List.of(new ChoicePlan(new LocalizedText("It describes interests, not abilities.",
                                                "Përshkruan interesa, jo aftësi.", "Opisuje interesovanja, a ne sposobnosti."), true),
                                        new ChoicePlan(new LocalizedText("It decides which school a student must attend.",
                                                "Vendos se në cilën shkollë duhet të shkojë nxënësi.",
                                                "Odlučuje koju školu učenik mora da pohađa."), false),
                                        new ChoicePlan(new LocalizedText("It is a starting point for a guidance conversation.",
                                                "Është pikënisje për një bisedë orientimi.",
                                                "Polazište je za razgovor o profesionalnoj orijentaciji."), true)))));
        return module;
    }
}
