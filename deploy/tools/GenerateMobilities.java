import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Fills a stopped platform's Derby database with a large, realistic load for benchmarks: VET
 * schools in Albania, Kosovo and Montenegro with their staff and students, host companies in
 * destination countries, and mobilities of every type in every status, each with the approval
 * history its status implies and the audit events that the platform records for its creation and
 * each of its steps. Run by deploy/generate-data.sh, never by the demo loader.
 *
 * Everything it creates is recognisable: institution names start with "GEN ", accounts with
 * "gen." and e-mails end in ".invalid". Generated accounts share one password hash of a random
 * secret that is never printed, so nobody can sign in with them.
 *
 *   java -cp derby.jar:derbyshared.jar:derbytools.jar GenerateMobilities.java DATA_DIR [MOBILITIES] [SEED]
 */
public class GenerateMobilities {

    private static final int SCHOOLS_PER_COUNTRY = 20;
    private static final int STUDENTS_PER_SCHOOL = 60;
    private static final int TEACHERS_PER_SCHOOL = 6;
    private static final int HOSTS = 120;
    private static final int BATCH = 2_000;

    /** Real towns with their coordinates, so that distances and maps stay plausible. */
    private static final Map<String, Object[][]> TOWNS = Map.ofEntries(
            Map.entry("AL", new Object[][] {{"Tiranë", 41.3275, 19.8187}, {"Durrës", 41.3231, 19.4414}, {"Shkodër", 42.0693, 19.5033},
                    {"Elbasan", 41.1125, 20.0822}, {"Korçë", 40.6186, 20.7808}, {"Vlorë", 40.4661, 19.4914}, {"Fier", 40.7239, 19.5561}, {"Berat", 40.7058, 19.9522}}),
            Map.entry("XK", new Object[][] {{"Prishtinë", 42.6629, 21.1655}, {"Prizren", 42.2139, 20.7397}, {"Pejë", 42.6593, 20.2883},
                    {"Gjakovë", 42.3803, 20.4308}, {"Mitrovicë", 42.8914, 20.8660}, {"Ferizaj", 42.3702, 21.1553}, {"Gjilan", 42.4635, 21.4694}}),
            Map.entry("ME", new Object[][] {{"Podgorica", 42.4304, 19.2594}, {"Nikšić", 42.7731, 18.9445}, {"Pljevlja", 43.3567, 19.3584},
                    {"Bar", 42.0931, 19.1003}, {"Bijelo Polje", 43.0383, 19.7476}, {"Herceg Novi", 42.4531, 18.5375}, {"Budva", 42.2911, 18.8403}}),
            Map.entry("ES", new Object[][] {{"Madrid", 40.4168, -3.7038}, {"Barcelona", 41.3874, 2.1686}, {"Valencia", 39.4699, -0.3763},
                    {"Sevilla", 37.3891, -5.9845}, {"Málaga", 36.7213, -4.4214}, {"Bilbao", 43.2630, -2.9350}}),
            Map.entry("IT", new Object[][] {{"Roma", 41.9028, 12.4964}, {"Milano", 45.4642, 9.1900}, {"Bologna", 44.4949, 11.3426},
                    {"Napoli", 40.8518, 14.2681}, {"Torino", 45.0703, 7.6869}}),
            Map.entry("NL", new Object[][] {{"Amsterdam", 52.3676, 4.9041}, {"Rotterdam", 51.9244, 4.4777}, {"Utrecht", 52.0907, 5.1214},
                    {"Eindhoven", 51.4416, 5.4697}}),
            Map.entry("FI", new Object[][] {{"Helsinki", 60.1699, 24.9384}, {"Tampere", 61.4978, 23.7610}, {"Turku", 60.4518, 22.2666},
                    {"Oulu", 65.0121, 25.4651}}),
            Map.entry("DE", new Object[][] {{"Berlin", 52.5200, 13.4050}, {"München", 48.1351, 11.5820}, {"Hamburg", 53.5511, 9.9937}}),
            Map.entry("AT", new Object[][] {{"Wien", 48.2082, 16.3738}, {"Graz", 47.0707, 15.4395}}));

    private static final String[] HOST_COUNTRIES = {"ES", "ES", "IT", "IT", "NL", "FI", "DE", "AT"};
    private static final String[] FIRST_NAMES = {"Arben", "Blerta", "Dritan", "Elira", "Fatjon", "Genta", "Ilir", "Jonida", "Klea",
            "Luan", "Marko", "Milica", "Nikola", "Jovana", "Stefan", "Ana", "Besa", "Driton", "Vesna", "Petar", "Ajla", "Edin"};
    private static final String[] LAST_NAMES = {"Hoxha", "Shehu", "Krasniqi", "Gashi", "Berisha", "Dervishi", "Kelmendi", "Leka",
            "Popović", "Marković", "Đukić", "Vuković", "Jovanović", "Šćekić", "Kovačević", "Bulatović", "Çela", "Rama"};
    private static final String[] SECTORS = {"Hoteles", "Restaurante", "Digital", "Auto Servis", "Costruzioni", "Zorg", "Metaal",
            "Agro", "Turismo", "Elektro"};

    /** Types with their legal duration ranges in days, as in MobilityType. */
    private static final Object[][] TYPES = {
            {"LEARNER_SHORT_TERM", 10, 89, 0.45}, {"LEARNER_ERASMUS_PRO", 90, 365, 0.15}, {"STAFF_JOB_SHADOWING", 2, 60, 0.15},
            {"STAFF_TEACHING_ASSIGNMENT", 2, 365, 0.10}, {"STAFF_COURSE", 2, 30, 0.15}};

    /** Status shares, and whether the mobility lies in the past. */
    private static final Object[][] STATUSES = {
            {"COMPLETED", 0.35, true}, {"IN_PROGRESS", 0.04, true}, {"MINISTRY_APPROVED", 0.10, false},
            {"SCHOOL_APPROVED", 0.08, false}, {"SUBMITTED", 0.10, false}, {"DRAFT", 0.10, false}, {"RETURNED", 0.04, false},
            {"REJECTED", 0.05, false}, {"WITHDRAWN", 0.06, false}, {"CANCELLED", 0.08, true}};

    private final Connection db;
    private final Random random;
    private final Instant now = Instant.now();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final Map<Long, String> usernames = new HashMap<>();

    private GenerateMobilities(Connection db, long seed) {
        this.db = db;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: GenerateMobilities DATA_DIR [MOBILITIES] [SEED]");
            System.exit(2);
        }
        int mobilities = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026L;
        String url = "jdbc:derby:" + args[0] + "/cg";
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            try {
                new GenerateMobilities(db, seed).run(mobilities);
            } catch (Exception e) {
                db.rollback();
                throw e;
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception (SQLState XJ015).
            }
        }
    }

    private void run(int mobilities) throws Exception {
        try (Statement check = db.createStatement();
             ResultSet rs = check.executeQuery("SELECT COUNT(*) FROM institution WHERE name LIKE 'GEN %'")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("This database already holds generated data; start from an empty one.");
            }
        }
        String hash = unusableHash();
        List<School> schools = new ArrayList<>();
        for (String country : List.of("AL", "XK", "ME")) {
            long ministry = ministryOf(country);
            long ministryAdmin = insertUser("gen.ministry." + country.toLowerCase(), "GEN Ministry " + country, ministry, "MINISTRY_ADMIN", hash);
            for (int i = 1; i <= SCHOOLS_PER_COUNTRY; i++) {
                Object[] town = pick(TOWNS.get(country));
                long school = insertInstitution(String.format("GEN VET School %s-%02d %s", country, i, town[0]), "VET_SCHOOL", country, town);
                String key = country.toLowerCase() + i;
                School s = new School(school, country, ministryAdmin, insertUser("gen.admin." + key, name(), school, "SCHOOL_ADMIN", hash));
                for (int t = 1; t <= TEACHERS_PER_SCHOOL; t++) {
                    s.teachers.add(insertUser("gen.teacher." + key + "." + t, name(), school, "TEACHER", hash));
                }
                for (int p = 1; p <= STUDENTS_PER_SCHOOL; p++) {
                    s.students.add(insertUser("gen.student." + key + "." + p, name(), school, "STUDENT", hash));
                }
                schools.add(s);
            }
        }
        List<Long> hosts = new ArrayList<>();
        for (int i = 1; i <= HOSTS; i++) {
            String country = HOST_COUNTRIES[random.nextInt(HOST_COUNTRIES.length)];
            Object[] town = pick(TOWNS.get(country));
            hosts.add(insertInstitution(String.format("GEN %s %s %03d", town[0], pick(SECTORS), i), "COMPANY", country, town));
        }
        db.commit();
        System.out.printf("%d schools, %d hosts and their accounts created%n", schools.size(), hosts.size());
        insertMobilities(mobilities, schools, hosts);
    }

    private void insertMobilities(int count, List<School> schools, List<Long> hosts) throws SQLException {
        long nextMobility = nextId("mobility");
        long nextStep = nextId("mobility_step");
        String mobilitySql = "INSERT INTO mobility (id, version, created_at, updated_at, participant_id, type, sending_school_id,"
                + " host_id, start_date, end_date, status, submitted_by_id, report_text, report_submitted_at, sending_country_code,"
                + " created_by_id) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String stepSql = "INSERT INTO mobility_step (id, mobility_id, action, actor_id, occurred_at, comment_text, status_before, status_after)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        String auditSql = "INSERT INTO audit_event (occurred_at, type, actor, target, detail) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement mobility = db.prepareStatement(mobilitySql); PreparedStatement step = db.prepareStatement(stepSql);
                PreparedStatement audit = db.prepareStatement(auditSql)) {
            for (int n = 1; n <= count; n++) {
                School school = schools.get(random.nextInt(schools.size()));
                Object[] type = weighted(TYPES, 3);
                Object[] status = weighted(STATUSES, 1);
                boolean learner = ((String) type[0]).startsWith("LEARNER");
                long participant = learner ? pick(school.students) : pick(school.teachers);
                long submitter = learner && random.nextBoolean() ? participant : pick(school.teachers);
                int days = (int) type[1] + random.nextInt((int) type[2] - (int) type[1] + 1);
                LocalDate start = (boolean) status[2]
                        ? today.minusDays(days + 1 + random.nextInt(5 * 365))
                        : today.plusDays(14 + random.nextInt(400));
                if ("IN_PROGRESS".equals(status[0])) {
                    start = today.minusDays(random.nextInt(days));
                }
                LocalDate end = start.plusDays(days - 1);
                Instant created = start.minusDays(30 + random.nextInt(150)).atStartOfDay().toInstant(ZoneOffset.UTC);
                if (created.isAfter(now)) {
                    created = now.minusSeconds(86_400L * (1 + random.nextInt(60)));
                }
                long id = nextMobility++;
                List<Object[]> history = history((String) status[0], submitter, school, created);
                boolean reported = "COMPLETED".equals(status[0]);
                mobility.setLong(1, id);
                mobility.setTimestamp(2, Timestamp.from(created));
                mobility.setTimestamp(3, Timestamp.from(history.isEmpty() ? created : (Instant) history.get(history.size() - 1)[2]));
                mobility.setLong(4, participant);
                mobility.setString(5, (String) type[0]);
                mobility.setLong(6, school.id);
                mobility.setLong(7, pick(hosts));
                mobility.setDate(8, Date.valueOf(start));
                mobility.setDate(9, Date.valueOf(end));
                mobility.setString(10, (String) status[0]);
                if (history.isEmpty()) {
                    mobility.setNull(11, java.sql.Types.BIGINT);
                } else {
                    mobility.setLong(11, submitter);
                }
                mobility.setString(12, reported ? "Generated participant report." : null);
                mobility.setTimestamp(13, reported ? Timestamp.from(end.plusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC)) : null);
                mobility.setString(14, school.country);
                // whoever submits it made the draft, as its creation's audit event says
                mobility.setLong(15, submitter);
                mobility.addBatch();
                addAudit(audit, created, "MOBILITY_CREATED", submitter, id, (String) type[0]);
                for (Object[] h : history) {
                    step.setLong(1, nextStep++);
                    step.setLong(2, id);
                    step.setString(3, (String) h[0]);
                    if (h[1] == null) {
                        step.setNull(4, java.sql.Types.BIGINT);
                    } else {
                        step.setLong(4, (Long) h[1]);
                    }
                    step.setTimestamp(5, Timestamp.from((Instant) h[2]));
                    step.setString(6, (String) h[3]);
                    step.setString(7, (String) h[4]);
                    step.setString(8, (String) h[5]);
                    step.addBatch();
                    addAudit(audit, (Instant) h[2], "MOBILITY_STATUS_CHANGED", (Long) h[1], id, h[0] + ": " + h[4] + " -> " + h[5]);
                }
                if (n % BATCH == 0 || n == count) {
                    mobility.executeBatch();
                    step.executeBatch();
                    audit.executeBatch();
                    db.commit();
                    if (n % 20_000 == 0 || n == count) {
                        System.out.printf("%d mobilities%n", n);
                    }
                }
            }
        }
        // The rows above carry their own ids; the identity columns must continue after them.
        try (Statement alter = db.createStatement()) {
            alter.execute("ALTER TABLE mobility ALTER COLUMN id RESTART WITH " + nextMobility);
            alter.execute("ALTER TABLE mobility_step ALTER COLUMN id RESTART WITH " + nextStep);
        }
        db.commit();
    }

    /** An audit event as the platform records it for a mobility; a step of the timer has no actor. */
    private void addAudit(PreparedStatement audit, Instant at, String type, Long actor, long mobility, String detail)
            throws SQLException {
        audit.setTimestamp(1, Timestamp.from(at));
        audit.setString(2, type);
        audit.setString(3, actor == null ? null : usernames.get(actor));
        audit.setString(4, "mobility " + mobility);
        audit.setString(5, detail);
        audit.addBatch();
    }

    /** The steps that lead to a status: action, actor, time, comment, status before and after. */
    private List<Object[]> history(String status, long submitter, School school, Instant created) {
        List<Object[]> steps = new ArrayList<>();
        if ("DRAFT".equals(status)) {
            return steps;
        }
        Instant[] clock = {created};
        StepAdder add = (action, actor, comment, before, after) -> {
            clock[0] = clock[0].plusSeconds(3_600L * (2 + random.nextInt(96)));
            if (clock[0].isAfter(now)) {
                clock[0] = now.minusSeconds(60);
            }
            steps.add(new Object[] {action, actor, clock[0], comment, before, after});
        };
        add.step("SUBMIT", submitter, null, "DRAFT", "SUBMITTED");
        switch (status) {
            case "SUBMITTED" -> { }
            case "RETURNED" -> add.step("RETURN", school.admin, "Please complete the learning outcomes.", "SUBMITTED", "RETURNED");
            case "REJECTED" -> add.step("REJECT", school.admin, "The host cannot take a placement this year.", "SUBMITTED", "REJECTED");
            case "WITHDRAWN" -> add.step("WITHDRAW", submitter, null, "SUBMITTED", "WITHDRAWN");
            default -> {
                add.step("APPROVE", school.admin, null, "SUBMITTED", "SCHOOL_APPROVED");
                if (!"SCHOOL_APPROVED".equals(status)) {
                    add.step("APPROVE", school.ministryAdmin, null, "SCHOOL_APPROVED", "MINISTRY_APPROVED");
                }
                if (List.of("IN_PROGRESS", "COMPLETED").contains(status) || "CANCELLED".equals(status) && random.nextBoolean()) {
                    add.step("START", null, null, "MINISTRY_APPROVED", "IN_PROGRESS");
                }
                if ("COMPLETED".equals(status)) {
                    add.step("COMPLETE", school.admin, null, "IN_PROGRESS", "COMPLETED");
                } else if ("CANCELLED".equals(status)) {
                    String before = (String) steps.get(steps.size() - 1)[5];
                    add.step("CANCEL", school.admin, "The participant fell ill before leaving.", before, "CANCELLED");
                }
            }
        }
        return steps;
    }

    @FunctionalInterface
    private interface StepAdder {
        void step(String action, Long actor, String comment, String before, String after);
    }

    private long insertInstitution(String name, String type, String country, Object[] town) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO institution (version, created_at, updated_at, name, type,"
                + " country_code, city, latitude, longitude, active) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.from(now));
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setString(3, name);
            insert.setString(4, type);
            insert.setString(5, country);
            insert.setString(6, (String) town[0]);
            insert.setDouble(7, (double) town[1]);
            insert.setDouble(8, (double) town[2]);
            insert.executeUpdate();
            return generatedId(insert);
        }
    }

    private long insertUser(String username, String fullName, long institution, String role, String hash) throws SQLException {
        long id;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO user_account (version, created_at, updated_at, username,"
                + " email, full_name, password_hash, institution_id, language, active, failed_logins)"
                + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.from(now));
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setString(3, username);
            insert.setString(4, username + "@cg-generated.invalid");
            insert.setString(5, fullName);
            insert.setString(6, hash);
            insert.setLong(7, institution);
            insert.setString(8, pick(new String[] {"EN", "SQ", "CNR"}));
            insert.executeUpdate();
            id = generatedId(insert);
        }
        usernames.put(id, username);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, role);
            insert.executeUpdate();
        }
        return id;
    }

    private long ministryOf(String country) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT MIN(id) FROM institution WHERE country_code = ? AND type IN ('MINISTRY', 'NATIONAL_AGENCY')")) {
            query.setString(1, country);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                if (rs.wasNull()) {
                    throw new IllegalStateException("No ministry of " + country + ": has the platform run its migrations?");
                }
                return id;
            }
        }
    }

    private long nextId(String table) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet rs = query.executeQuery("SELECT MAX(id) FROM " + table)) {
            rs.next();
            return rs.getLong(1) + 1_000;
        }
    }

    private static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** A PBKDF2 hash in the platform's format of a random secret nobody knows. */
    private static String unusableHash() throws Exception {
        SecureRandom secure = new SecureRandom();
        byte[] salt = new byte[32];
        secure.nextBytes(salt);
        char[] secret = Base64.getEncoder().encodeToString(secure.generateSeed(32)).toCharArray();
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(secret, salt, 600_000, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:600000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
    }

    private String name() {
        return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private long pick(List<Long> values) {
        return values.get(random.nextInt(values.size()));
    }

    private Object[] weighted(Object[][] rows, int weightColumn) {
        double r = random.nextDouble();
        double sum = 0;
        for (Object[] row : rows) {
            sum += (double) row[weightColumn];
            if (r < sum) {
                return row;
            }
        }
        return rows[rows.length - 1];
    }

    private static final class School {
        final long id;
        final String country;
        final long ministryAdmin;
        final long admin;
        final List<Long> teachers = new ArrayList<>();
        final List<Long> students = new ArrayList<>();

        School(long id, String country, long ministryAdmin, long admin) {
            this.id = id;
            this.country = country;
            this.ministryAdmin = ministryAdmin;
            this.admin = admin;
        }
    }
}
