package eu.cginternational.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static OutboxMessage message() {
        return new OutboxMessage("ana@example.org", "Your mobility was approved", "Dear Ana, ...");
    }

    private static void failTimes(OutboxMessage message, int times) {
        for (int i = 0; i < times; i++) {
            message.markAttemptFailed("Connection refused", NOW);
        }
    }

    @Nested
    class NewMessage {

        @Test
        void startsPendingWithoutAttempts() {
            OutboxMessage message = message();

            assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(message.isPending()).isTrue();
            assertThat(message.getAttempts()).isZero();
            assertThat(message.getSentAt()).isNull();
            assertThat(message.isDueAt(NOW)).isTrue();
        }

        @Test
        void subjectLongerThanTheMaximumIsClipped() {
            String subject = "s".repeat(OutboxMessage.SUBJECT_MAXLENGTH + 20);

            OutboxMessage message = new OutboxMessage("ana@example.org", subject, "body");

            assertThat(message.getSubject()).isEqualTo(subject.substring(0, OutboxMessage.SUBJECT_MAXLENGTH));
        }

        @Test
        void subjectAtTheMaximumIsKeptWhole() {
            String subject = "s".repeat(OutboxMessage.SUBJECT_MAXLENGTH);

            assertThat(new OutboxMessage("ana@example.org", subject, "body").getSubject()).isEqualTo(subject);
        }

        @Test
        void recipientIsRequired() {
            assertThrows(NullPointerException.class, () -> new OutboxMessage(null, "subject", "body"));
        }

        @Test
        void bodyIsRequired() {
            assertThrows(NullPointerException.class, () -> new OutboxMessage("ana@example.org", "subject", null));
        }
    }

    @Nested
    class Retries {

        @Test
        void fewerThanMaxAttemptsFailuresLeaveItPending() {
            OutboxMessage message = message();

            failTimes(message, OutboxMessage.MAX_ATTEMPTS - 1);

            assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(message.getAttempts()).isEqualTo(OutboxMessage.MAX_ATTEMPTS - 1);
        }

        @Test
        void maxAttemptsFailuresMakeItFailed() {
            OutboxMessage message = message();

            failTimes(message, OutboxMessage.MAX_ATTEMPTS);

            assertThat(message.getStatus()).isEqualTo(OutboxStatus.FAILED);
            assertThat(message.isPending()).isFalse();
            assertThat(message.getBody()).as("to be sent again").isEqualTo("Dear Ana, ...");
            assertThat(message.getNextAttemptAt()).isNull();
            assertThat(message.isDueAt(NOW.plus(Duration.ofDays(2)))).isFalse();
        }

        @Test
        void lastErrorIsKept() {
            OutboxMessage message = message();

            message.markAttemptFailed("Connection refused", NOW);

            assertThat(message.getLastError()).isEqualTo("Connection refused");
        }

        @Test
        void overLongErrorIsClippedTo500Characters() {
            OutboxMessage message = message();

            message.markAttemptFailed("e".repeat(800), NOW);

            assertThat(message.getLastError()).isEqualTo("e".repeat(500));
        }

        @Test
        void eachRetryWaitsLongerThanTheOneBefore() {
            OutboxMessage message = message();

            message.markAttemptFailed("Connection refused", NOW);
            Instant second = NOW.plus(Duration.ofMinutes(1));

            assertThat(message.getNextAttemptAt()).isEqualTo(second);
            assertThat(message.isDueAt(second.minusSeconds(1))).isFalse();
            assertThat(message.isDueAt(second)).isTrue();

            message.markAttemptFailed("Connection refused", second);

            assertThat(message.getNextAttemptAt()).isEqualTo(second.plus(Duration.ofMinutes(5)));
        }

        @Test
        void theAttemptsSpanAboutADaySoThatAMailServerDownForHoursLosesNothing() {
            Duration span = OutboxMessage.RETRY_DELAYS.stream().reduce(Duration.ZERO, Duration::plus);

            assertThat(OutboxMessage.MAX_ATTEMPTS).isEqualTo(OutboxMessage.RETRY_DELAYS.size() + 1);
            assertThat(span).isGreaterThan(Duration.ofHours(20));
            assertThat(OutboxMessage.RETRY_DELAYS).isSorted();
        }

        @Test
        void aFailedMessageKeepsItsBodyForTheNextAttempt() {
            OutboxMessage message = message();

            failTimes(message, OutboxMessage.MAX_ATTEMPTS - 1);

            assertThat(message.getBody()).isEqualTo("Dear Ana, ...");
        }
    }

    @Nested
    class Delivery {

        @Test
        void markSentRecordsWhenItWasSent() {
            OutboxMessage message = message();

            message.markSent(NOW);

            assertThat(message.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(message.getSentAt()).isEqualTo(NOW);
            assertThat(message.isPending()).isFalse();
        }

        @Test
        void sendingAfterAFailedAttemptCountsBothAndClearsTheError() {
            OutboxMessage message = message();
            message.markAttemptFailed("Connection refused", NOW);

            message.markSent(NOW);

            assertThat(message.getAttempts()).isEqualTo(2);
            assertThat(message.getLastError()).isNull();
            assertThat(message.getNextAttemptAt()).isNull();
        }

        @Test
        void aSentMessageKeepsItsRecordButNotItsBody() {
            OutboxMessage message = message();

            message.markSent(NOW);

            assertThat(message.getBody()).isNull();
            assertThat(message.getRecipient()).isEqualTo("ana@example.org");
            assertThat(message.getSubject()).isEqualTo("Your mobility was approved");
        }
    }

    @Nested
    class SendingAgain {

        private OutboxMessage failed() {
            OutboxMessage message = message();
            failTimes(message, OutboxMessage.MAX_ATTEMPTS);
            return message;
        }

        @Test
        void aFailedMessageIsQueuedAgainDueAtOnceWithItsAttemptsCountedAfresh() {
            OutboxMessage message = failed();

            message.sendAgain();

            assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(message.getAttempts()).isZero();
            assertThat(message.getNextAttemptAt()).isNull();
            assertThat(message.isDueAt(NOW)).isTrue();
            assertThat(message.getBody()).isEqualTo("Dear Ana, ...");
            assertThat(message.getLastError()).as("until the next attempt").isEqualTo("Connection refused");
        }

        @Test
        void failingAgainTakesTheWholeRetryScheduleOnceMore() {
            OutboxMessage message = failed();
            message.sendAgain();

            failTimes(message, OutboxMessage.MAX_ATTEMPTS - 1);

            assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
            failTimes(message, 1);
            assertThat(message.getStatus()).isEqualTo(OutboxStatus.FAILED);
            assertThat(message.canBeSentAgain()).isTrue();
        }

        @Test
        void aFailedMessageWithASignInLinkKeepsNoBodyAndCannotBeSentAgain() {
            OutboxMessage message = OutboxMessage.withSignInLink("ana@example.org", "Choose your password", "https://…?token=x");
            failTimes(message, OutboxMessage.MAX_ATTEMPTS - 1);
            assertThat(message.getBody()).as("still to be tried").isNotNull();

            failTimes(message, 1);

            assertThat(message.getBody()).isNull();
            assertThat(message.canBeSentAgain()).isFalse();
            assertThrows(IllegalStateException.class, message::sendAgain);
        }

        @Test
        void onlyAFailedMessageIsSentAgain() {
            OutboxMessage pending = message();
            OutboxMessage sent = message();
            sent.markSent(NOW);

            assertThat(pending.canBeSentAgain()).isFalse();
            assertThat(sent.canBeSentAgain()).isFalse();
            assertThrows(IllegalStateException.class, pending::sendAgain);
            assertThrows(IllegalStateException.class, sent::sendAgain);
        }
    }

    @Nested
    class Renaming {

        @Test
        void thePseudonymReplacesTheNameInSubjectAndBody() {
            OutboxMessage message = new OutboxMessage("ema@example.org", "A decision for Ana Li",
                    "Dear Ema,\n\nAna Li goes.");

            message.rename("Ana Li", "Anonymised 1234");

            assertThat(message.getSubject()).isEqualTo("A decision for Anonymised 1234");
            assertThat(message.getBody()).isEqualTo("Dear Ema,\n\nAnonymised 1234 goes.");
        }

        /** A subject at its column's length: a pseudonym longer than the name must not take it beyond. */
        @Test
        void aSubjectAtItsLengthStaysWithinItsColumn() {
            OutboxMessage message = new OutboxMessage("ema@example.org",
                    "Ana Li: " + "s".repeat(OutboxMessage.SUBJECT_MAXLENGTH), "body");

            message.rename("Ana Li", "Anonymised 1234");

            assertThat(message.getSubject()).hasSize(OutboxMessage.SUBJECT_MAXLENGTH).startsWith("Anonymised 1234: ");
        }
    }
}
