package eu.cginternational.domain.notification;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.text.ErasedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One message to one person inside the platform. Title and text are written in the recipient's
 * language when the notification is made, like the e-mail of the same notice, so that a list of
 * them needs no further lookups. The link is a path inside the platform ({@code /mobilities/mobility.xhtml?id=42}):
 * opening the notification leads there, so it can never point to another site.
 *
 * <p>Everything but the read mark is fixed at creation. The read mark is set once and kept: reading
 * again does not move it. There is no version: the only change is idempotent, and two tabs marking
 * the same notification read must both succeed.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int TITLE_MAXLENGTH = 200;
    public static final int TEXT_MAXLENGTH = 1000;
    public static final int LINK_MAXLENGTH = 500;

    /**
     * A path of this site: one leading slash (two would name another host), no backslash (which
     * browsers read as a slash), no white space or control characters.
     */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\\\\\s\\p{Cntrl}]*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
    private UserAccount recipient;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(length = TITLE_MAXLENGTH, nullable = false)
    private String title;

    @Column(name = "body_text", length = TEXT_MAXLENGTH, nullable = false)
    private String text;

    @Column(name = "link_path", length = LINK_MAXLENGTH, nullable = false, updatable = false)
    private String link;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    /**
     * A new, unread notification. Title and text longer than their columns are shortened with an
     * ellipsis (they come from templates filled with names and comments); a link that is not a path
     * of this site is a programming error.
     */
    public Notification(UserAccount recipient, NotificationKind kind, String title, String text, String link,
            Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = shortened(requireText(title, "title"), TITLE_MAXLENGTH);
        this.text = shortened(requireText(text, "text"), TEXT_MAXLENGTH);
        this.link = requireLocalPath(link);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Marks the notification read at the given moment, unless it was read before. */
    public void markRead(Instant now) {
        Objects.requireNonNull(now, "now");
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public boolean isFor(UserAccount person) {
        return recipient.equals(person);
    }

    /** Whether the link is a path of this site, and so may be followed from a notification. */
    public static boolean isLocalPath(String link) {
        return link != null && link.length() <= LINK_MAXLENGTH && LOCAL_PATH.matcher(link).matches();
    }

    private static String requireLocalPath(String link) {
        if (!isLocalPath(link)) {
            throw new IllegalArgumentException("A notification links to a path of this site, not to " + link);
        }
        return link;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A notification needs a " + name);
        }
        return value.strip();
    }

    private static String shortened(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never cut a character written as two chars in half
        }
        return value.substring(0, end).stripTrailing() + "\u2026";
    }

    public Long getId() {
        return id;
    }

    public UserAccount getRecipient() {
        return recipient;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public NotificationKind getKind() {
        return kind;
    }

    /**
     * Replaces a person's name with their pseudonym, when that person is anonymised. A pseudonym longer than the name
     * ("Anonymised 1234" for "Ana Hoxha") may take a title or text at its column's length beyond it, as one quoting a
     * long comment is: shortened again, as when it was made, or the anonymisation could not be saved.
     */
    public void rename(String name, String pseudonym) {
        title = shortened(ErasedText.renamed(title, name, pseudonym), TITLE_MAXLENGTH);
        text = shortened(ErasedText.renamed(text, name, pseudonym), TEXT_MAXLENGTH);
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public String getLink() {
        return link;
    }

    public Instant getReadAt() {
        return readAt;
    }

    @Override
    public String toString() {
        return "Notification[id=" + id + "]";
    }
}
