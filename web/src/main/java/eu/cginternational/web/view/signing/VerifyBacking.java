package eu.cginternational.web.view.signing;

import eu.cginternational.domain.signing.Sha256;
import eu.cginternational.service.signing.SigningEngine;
import eu.cginternational.service.signing.Verification;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.omnifaces.util.Messages;

/**
 * {@code /verify.xhtml}, public: upload a PDF or paste a SHA-256 and learn whether it matches a
 * document signed on the platform, with its title, parties, signatures and status, or that it
 * matches nothing. Each check is one request that shows its own verdict, so the page keeps nothing
 * between requests and a visitor gets no session.
 */
@Named
@RequestScoped
public class VerifyBacking {

    /** The largest PDF read, as for the API. */
    private static final int MAX_PDF_BYTES = 20 * 1024 * 1024;

    @Inject
    SigningEngine engine;

    private Part file;
    private String sha256;
    private boolean checked;
    private String checkedHash;
    private Verification result;

    @ReportsRefusals
    public void checkPdf() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError("verify.file_missing");
            return;
        }
        if (file.getSize() > MAX_PDF_BYTES) {
            Messages.addGlobalError("verify.file_too_large");
            return;
        }
        byte[] pdf;
        try (InputStream content = file.getInputStream()) {
            pdf = content.readAllBytes();
        }
        checkedHash = Sha256.of(pdf);
        result = engine.verify(pdf).orElse(null);
        checked = true;
    }

    @ReportsRefusals
    public void checkHash() {
        checked = false;
        result = engine.verifySha256(sha256).orElse(null);
        checkedHash = Sha256.normalise(sha256);
        checked = true;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }

    public boolean isChecked() {
        return checked;
    }

    public String getCheckedHash() {
        return checkedHash;
    }

    public Verification getResult() {
        return result;
    }
}
