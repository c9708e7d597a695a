package eu.cginternational.web.view;

import eu.cginternational.domain.account.PasswordPolicy;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.omnifaces.util.Messages;

/** A new password typed twice, as the change and reset forms ask for it. */
public class NewPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{text.too_long}")
    private String password;

    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{text.too_long}")
    private String repeated;

    /** Whether both are the same; if not, says so on the page. */
    public boolean confirmed() {
        boolean same = password != null && password.equals(repeated);
        if (!same) {
            Messages.addGlobalError("account.password.mismatch");
        }
        return same;
    }

    public char[] chars() {
        return password.toCharArray();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
