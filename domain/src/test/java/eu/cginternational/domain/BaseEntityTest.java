package eu.cginternational.domain;

import static eu.cginternational.domain.PersistedAs.withId;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.mail.OutboxMessage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BaseEntityTest {

    private static final Country MONTENEGRO = new Country("ME", CountryGroup.REGION_1, false, true);

    private static Institution institution() {
        return new Institution("SSŠ Podgorica", InstitutionType.VET_SCHOOL, MONTENEGRO, "Podgorica",
                new GeoPoint(42.44, 19.26));
    }

    private static OutboxMessage message() {
        return new OutboxMessage("ana@example.org", "Subject", "Body");
    }


    /** Stands in for a lazy-loading proxy: an unmapped subclass of the entity. */
    static class InstitutionProxy extends Institution {

        private static final long serialVersionUID = 1L;

        InstitutionProxy() {
            super("SSŠ Podgorica", InstitutionType.VET_SCHOOL, MONTENEGRO, "Podgorica", new GeoPoint(42.44, 19.26));
        }
    }

    @Nested
    class BeforePersisting {

        @Test
        void newEntityIsNew() {
            assertThat(institution().isNew()).isTrue();
            assertThat(institution().getId()).isNull();
        }

        @Test
        void twoNewEntitiesAreNotEqual() {
            assertThat(institution()).isNotEqualTo(institution());
        }

        @Test
        void newEntityEqualsItself() {
            Institution institution = institution();

            assertThat(institution).isEqualTo(institution);
        }

        @Test
        void newEntityIsNotEqualToAPersistedOneOfTheSameClass() {
            assertThat(institution()).isNotEqualTo(withId(institution(), 1L));
            assertThat(withId(institution(), 1L)).isNotEqualTo(institution());
        }

        @Test
        void newEntityIsNotEqualToNull() {
            assertThat(institution().equals(null)).isFalse();
        }
    }

    @Nested
    class AfterPersisting {

        @Test
        void persistedEntityIsNotNew() {
            assertThat(withId(institution(), 7L).isNew()).isFalse();
        }

        @Test
        void entitiesOfTheSameClassWithTheSameIdAreEqual() {
            Institution one = withId(institution(), 7L);
            Institution other = withId(institution(), 7L);

            assertThat(one).isEqualTo(other);
            assertThat(one.hashCode()).isEqualTo(other.hashCode());
        }

        @Test
        void entitiesWithDifferentIdsDiffer() {
            assertThat(withId(institution(), 7L)).isNotEqualTo(withId(institution(), 8L));
        }

        @Test
        void entitiesOfDifferentClassesWithTheSameIdDiffer() {
            assertThat(withId(institution(), 7L)).isNotEqualTo(withId(message(), 7L));
            assertThat(withId(message(), 7L)).isNotEqualTo(withId(institution(), 7L));
        }

        @Test
        void hashCodeIsStableWhileTheIdStays() {
            Institution institution = withId(institution(), 7L);
            int first = institution.hashCode();

            institution.describe("Renamed", InstitutionType.COMPANY, MONTENEGRO, "Nikšić", new GeoPoint(42.77, 18.94));

            assertThat(institution.hashCode()).isEqualTo(first);
        }

        @Test
        void proxyEqualsTheEntityWithTheSameId() {
            Institution entity = withId(institution(), 7L);
            Institution proxy = withId(new InstitutionProxy(), 7L);

            assertThat(proxy).isEqualTo(entity);
            assertThat(entity).isEqualTo(proxy);
            assertThat(proxy.hashCode()).isEqualTo(entity.hashCode());
        }

        @Test
        void toStringNamesClassAndId() {
            assertThat(withId(message(), 7L).toString()).isEqualTo("OutboxMessage[id=7]");
        }
    }
}
