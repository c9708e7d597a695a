package eu.cginternational.web.view;

import eu.cginternational.domain.account.Role;
import eu.cginternational.service.account.AccountRequestDraft;
import eu.cginternational.service.account.AccountRequests;
import eu.cginternational.service.directory.InstitutionDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;

/**
 * {@code /register.xhtml}: a teacher or a student asks for an account at their school, in the language of the page.
 * The answer is the same whether or not the address is already known, so the form tells nobody who is registered.
 */
@Named
@RequestScoped
public class RegisterBacking {

    /** The roles one may ask for ({@code AccountRequest.REQUESTABLE_ROLES}), students first as the most. */
    private static final List<Role> ROLES = List.of(Role.STUDENT, Role.TEACHER);

    @Inject
    AccountRequests requests;

    @Inject
    InstitutionDirectory directory;

    @Inject
    ActiveUser activeUser;

    @Inject
    CountryNames countryNames;

    private AccountRequestDraft draft = new AccountRequestDraft();

    private List<SelectItemGroup> schoolsByCountry;

    @ReportsRefusals
    public void send() {
        draft.setLanguage(activeUser.getLanguage());
        requests.submit(draft);
        draft = new AccountRequestDraft();
        Messages.addGlobalInfo("register.sent");
    }

    public AccountRequestDraft getDraft() {
        return draft;
    }

    public List<Role> getRoles() {
        return ROLES;
    }

    /**
     * The schools one may ask at, grouped by country, the countries in the order of their names in the page's language:
     * a list of every VET school of three countries is read by its country first.
     */
    public List<SelectItemGroup> getSchoolsByCountry() {
        if (schoolsByCountry == null) {
            schoolsByCountry = groupedByCountry();
        }
        return schoolsByCountry;
    }

    private List<SelectItemGroup> groupedByCountry() {
        Map<String, String> names = countryNames.getNames();
        Map<String, List<SelectItem>> byCountry = directory.schools().stream().collect(Collectors.groupingBy(
                school -> school.getCountry().getCode(), () -> new TreeMap<>(countryNames.byName()),
                Collectors.mapping(school -> new SelectItem(school.getId(), school.getName() + ", " + school.getCity()),
                        Collectors.toList())));
        return byCountry.entrySet().stream()
                .map(country -> new SelectItemGroup(names.get(country.getKey()), null, false,
                        country.getValue().toArray(SelectItem[]::new)))
                .toList();
    }
}
