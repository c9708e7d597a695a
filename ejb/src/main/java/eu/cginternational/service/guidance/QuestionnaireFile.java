package eu.cginternational.service.guidance;

import eu.cginternational.domain.guidance.InterestItem;
import eu.cginternational.domain.guidance.LocalizedText;
import eu.cginternational.domain.guidance.Questionnaire;
import eu.cginternational.domain.guidance.RiasecType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The interest questionnaire as written in {@code data/guidance/interest-items.csv}: comment lines
 * start with "#", one of them gives the version ("# version: 2026.1"); then a header and one line
 * per item "number;type;en;sq;cnr". Read once; a broken file stops the application from starting
 * rather than showing a questionnaire that cannot be scored.
 */
@ApplicationScoped
public class QuestionnaireFile {

    static final String RESOURCE = "data/guidance/interest-items.csv";

    private volatile Questionnaire questionnaire;

    public Questionnaire questionnaire() {
        Questionnaire read = questionnaire;
        if (read == null) {
            read = read(QuestionnaireFile.class.getClassLoader().getResourceAsStream(RESOURCE));
            questionnaire = read;
        }
        return read;
    }

    /** Reads a questionnaire file; public for the completeness test of the data files. */
    public static Questionnaire read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("The questionnaire file " + RESOURCE + " is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String version = null;
            boolean header = true;
            List<InterestItem> items = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    String comment = line.substring(1).strip();
                    if (comment.startsWith("version:")) {
                        version = comment.substring("version:".length()).strip();
                    }
                } else if (header) {
                    header = false;
                } else if (!line.isBlank()) {
                    String[] fields = line.split(";", -1);
                    if (fields.length != 5) {
                        throw new IllegalStateException("Not 5 fields in the questionnaire line: " + line);
                    }
                    items.add(new InterestItem(Integer.parseInt(fields[0].strip()), RiasecType.valueOf(fields[1].strip()),
                            new LocalizedText(fields[2], fields[3], fields[4])));
                }
            }
            return new Questionnaire(version, items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
