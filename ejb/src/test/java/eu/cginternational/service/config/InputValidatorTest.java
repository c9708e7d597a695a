package eu.cginternational.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field a broken constraint names: its path in the input, as a request body's property is named. */
class InputValidatorTest {

    /** A node of a path as Bean Validation builds it: the index of a list entry sits on the node after the list. */
    private record Node(String name, ElementKind kind, Integer index, Object key) implements Path.Node {

        static Node property(String name) {
            return new Node(name, ElementKind.PROPERTY, null, null);
        }

        static Node propertyOfEntry(int index, String name) {
            return new Node(name, ElementKind.PROPERTY, index, null);
        }

        static Node listElement(int index) {
            return new Node("<list element>", ElementKind.CONTAINER_ELEMENT, index, null);
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isInIterable() {
            return index != null || key != null;
        }

        @Override
        public Integer getIndex() {
            return index;
        }

        @Override
        public Object getKey() {
            return key;
        }

        @Override
        public ElementKind getKind() {
            return kind;
        }

        @Override
        public <T extends Path.Node> T as(Class<T> type) {
            return type.cast(this);
        }
    }

    private static String fieldOf(Node... nodes) {
        return InputValidator.fieldOf(() -> List.<Path.Node>of(nodes).iterator());
    }

    @Test
    void aPropertyIsNamedByItsPath() {
        assertThat(fieldOf(Node.property("version"))).isEqualTo("version");
        assertThat(fieldOf(Node.property("placements"), Node.propertyOfEntry(1, "iscoCode"))).isEqualTo("placements[1].iscoCode");
    }

    @Test
    void anEmptyEntryOfAListIsNamedByItsPlaceWithoutTheNameOfAContainerElement() {
        assertThat(fieldOf(Node.property("travelBands"), Node.listElement(0))).isEqualTo("travelBands[0]");
        assertThat(fieldOf(Node.property("placements"), Node.propertyOfEntry(2, "signers"), Node.listElement(0)))
                .isEqualTo("placements[2].signers[0]");
    }

    @Test
    void anEntryOfAMapIsNamedByItsKey() {
        assertThat(fieldOf(Node.property("answers"), new Node("<map value>", ElementKind.CONTAINER_ELEMENT, null, "7")))
                .isEqualTo("answers[7]");
    }
}
