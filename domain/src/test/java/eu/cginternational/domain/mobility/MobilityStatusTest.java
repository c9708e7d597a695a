package eu.cginternational.domain.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MobilityStatusTest {

    @Nested
    class Editing {

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"DRAFT", "RETURNED"})
        void draftsAndReturnedApplicationsCanBeEdited(MobilityStatus status) {
            assertThat(status.isEditable()).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"DRAFT", "RETURNED"}, mode = EnumSource.Mode.EXCLUDE)
        void everyOtherStatusCannotBeEdited(MobilityStatus status) {
            assertThat(status.isEditable()).isFalse();
        }
    }
}
