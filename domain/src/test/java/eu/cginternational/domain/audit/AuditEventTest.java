package eu.cginternational.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static AuditEvent loginFailed(String actor, String detail) {
        return new AuditEvent(NOW, AuditEventType.LOGIN_FAILED, actor, "ana.kovac", "192.0.2.10", detail);
    }

    @Nested
    class Clipping {

        @Test
        void overLongActorIsClippedToNameMaxLength() {
            String actor = "x".repeat(AuditEvent.NAME_MAXLENGTH + 50);

            assertThat(loginFailed(actor, null).getActor()).isEqualTo(actor.substring(0, AuditEvent.NAME_MAXLENGTH));
        }

        @Test
        void overLongTargetIsClippedToNameMaxLength() {
            String target = "t".repeat(AuditEvent.NAME_MAXLENGTH + 1);

            AuditEvent event = new AuditEvent(NOW, AuditEventType.USER_UPDATED, "admin", target, null, null);

            assertThat(event.getTarget()).isEqualTo(target.substring(0, AuditEvent.NAME_MAXLENGTH));
        }

        @Test
        void overLongDetailIsClippedToDetailMaxLength() {
            String detail = "d".repeat(AuditEvent.DETAIL_MAXLENGTH + 1);

            assertThat(loginFailed("ana", detail).getDetail())
                    .isEqualTo(detail.substring(0, AuditEvent.DETAIL_MAXLENGTH));
        }

        @Test
        void overLongClientAddressIsClippedTo45Characters() {
            String address = "a".repeat(60);

            AuditEvent event = new AuditEvent(NOW, AuditEventType.LOGIN_FAILED, "ana", null, address, null);

            assertThat(event.getClientAddress()).isEqualTo("a".repeat(45));
        }

        @Test
        void valuesAtTheLimitAreKeptWhole() {
            String actor = "x".repeat(AuditEvent.NAME_MAXLENGTH);
            String detail = "d".repeat(AuditEvent.DETAIL_MAXLENGTH);

            AuditEvent event = loginFailed(actor, detail);

            assertThat(event.getActor()).isEqualTo(actor);
            assertThat(event.getDetail()).isEqualTo(detail);
        }

        @Test
        void missingOptionalValuesStayMissing() {
            AuditEvent event = new AuditEvent(NOW, AuditEventType.LOGOUT, null, null, null, null);

            assertThat(event.getActor()).isNull();
            assertThat(event.getTarget()).isNull();
            assertThat(event.getClientAddress()).isNull();
            assertThat(event.getDetail()).isNull();
        }
    }

    @Nested
    class RequiredValues {

        @Test
        void typeIsRequired() {
            assertThrows(NullPointerException.class,
                    () -> new AuditEvent(NOW, null, "ana", "ana", "192.0.2.10", null));
        }

        @Test
        void timeIsRequired() {
            assertThrows(NullPointerException.class,
                    () -> new AuditEvent(null, AuditEventType.LOGOUT, "ana", "ana", "192.0.2.10", null));
        }

        @Test
        void keepsWhatItWasGiven() {
            AuditEvent event = loginFailed("ana", "wrong password");

            assertThat(event.getOccurredAt()).isEqualTo(NOW);
            assertThat(event.getType()).isEqualTo(AuditEventType.LOGIN_FAILED);
            assertThat(event.getActor()).isEqualTo("ana");
            assertThat(event.getTarget()).isEqualTo("ana.kovac");
            assertThat(event.getClientAddress()).isEqualTo("192.0.2.10");
            assertThat(event.getDetail()).isEqualTo("wrong password");
        }
    }
}
