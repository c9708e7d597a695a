package eu.cginternational.web.view;

import eu.cginternational.service.training.TrainingCertificates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * {@code /verify-certificate.xhtml?code=...}: anyone, without signing in, checks a training
 * certificate by the code printed on it. The page tells whose it is and for which training, or
 * that the code matches no certificate.
 */
@Named
@RequestScoped
public class VerifyCertificateBacking {

    @Inject
    TrainingCertificates certificates;

    private String code;
    private Optional<TrainingCertificates.Verified> result;

    /** Checks the code given in the address or typed in; nothing when there is none yet. */
    public void check() {
        result = code == null || code.isBlank() ? null : certificates.verify(code);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isChecked() {
        return result != null;
    }

    public TrainingCertificates.Verified getVerified() {
        return result == null ? null : result.orElse(null);
    }
}
