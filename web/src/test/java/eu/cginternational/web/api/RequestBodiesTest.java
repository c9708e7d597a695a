package eu.cginternational.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every primitive member of a request body names its strict reader: JsonBinding's readers reach boxed types only, and
 * Yasson by itself reads "yes" into a boolean as false and 14.9 into an int as 14. And the refusal of a value it
 * cannot read says what each plain member takes (a date, a choice...), not only that it is "an object".
 */
class RequestBodiesTest {

    @Test
    void everyPrimitiveMemberOfARequestBodyNamesAStrictReader() {
        List<String> lenient = new ArrayList<>();
        Set<Class<?>> seen = eachMember((body, field) -> {
            if (field.getType().isPrimitive() && !field.isAnnotationPresent(JsonbTypeDeserializer.class)) {
                lenient.add(body.getName() + "." + field.getName());
            }
        });

        assertThat(seen).as("the request bodies found").hasSizeGreaterThan(20);
        assertThat(lenient).isEmpty();
    }

    @Test
    void everyPlainMemberOfARequestBodyHasTheWordsForWhatItTakes() {
        List<String> unsaid = new ArrayList<>();
        Set<Class<?>> seen = eachMember((body, field) -> {
            Class<?> member = field.getType();
            boolean holder = member.getName().startsWith("eu.cginternational.") || member.isArray()
                    || Collection.class.isAssignableFrom(member) || Map.class.isAssignableFrom(member);
            if (!holder && "object".equals(UnreadableProperty.takes(field.getGenericType()))) {
                unsaid.add(body.getName() + "." + field.getName() + ": " + field.getGenericType());
            }
        });

        assertThat(seen).as("the request bodies found").hasSizeGreaterThan(20);
        assertThat(unsaid).as("members told only as \"an object\" when they cannot be read").isEmpty();
    }

    /** What marks a parameter as taken from the address, the headers or the context, not from the body. */
    private static final List<Class<? extends Annotation>> NOT_THE_BODY = List.of(PathParam.class, QueryParam.class,
            HeaderParam.class, FormParam.class, CookieParam.class, MatrixParam.class, BeanParam.class, Context.class);

    /** The types of the entity parameters (the body, validated or not) of the API's POST, PUT and PATCH methods. */
    private static Stream<Type> bodies() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(RequestBodiesTest.class.getPackageName()).stream()
                .map(JavaClass::reflect)
                .flatMap(resource -> Stream.of(resource.getDeclaredMethods()))
                .filter(RequestBodiesTest::changesState)
                .flatMap(method -> Stream.of(method.getParameters()))
                .filter(parameter -> NOT_THE_BODY.stream().noneMatch(parameter::isAnnotationPresent))
                .map(Parameter::getParameterizedType);
    }

    private static boolean changesState(Method method) {
        return method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(PATCH.class);
    }

    /** Hands each member of each request body, and of the platform's types within them, to the check; the bodies seen. */
    private static Set<Class<?>> eachMember(BiConsumer<Class<?>, Field> check) {
        Set<Class<?>> seen = new HashSet<>();
        bodies().forEach(body -> visit(body, seen, check));
        return seen;
    }

    private static void visit(Type type, Set<Class<?>> seen, BiConsumer<Class<?>, Field> check) {
        if (type instanceof ParameterizedType parameterized) {
            Stream.of(parameterized.getActualTypeArguments()).forEach(argument -> visit(argument, seen, check));
            visit(parameterized.getRawType(), seen, check);
            return;
        }
        if (!(type instanceof Class<?> body) || !body.getName().startsWith("eu.cginternational.") || body.isEnum()
                || !seen.add(body)) {
            return;
        }
        for (Class<?> level = body; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                    check.accept(body, field);
                    visit(field.getGenericType(), seen, check);
                }
            }
        }
    }
}
