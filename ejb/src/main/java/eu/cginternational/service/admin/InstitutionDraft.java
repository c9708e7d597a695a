package eu.cginternational.service.admin;

import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.text.PlainText;
import eu.cginternational.service.config.StrictJson;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a coordinator enters to create or change an institution. {@code version} is the version the
 * coordinator saw when editing; null when creating.
 */
public class InstitutionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{institution.name.required}")
    @Size(max = Institution.NAME_MAXLENGTH, message = "{institution.name.too_long}")
    @PlainText
    private String name;

    @NotNull(message = "{institution.type.required}")
    private InstitutionType type;

    @NotNull(message = "{institution.country.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{institution.country.required}")
    private String countryCode;

    @NotBlank(message = "{institution.city.required}")
    @Size(max = Institution.CITY_MAXLENGTH, message = "{institution.city.too_long}")
    @PlainText
    private String city;

    @NotNull(message = "{institution.latitude.range}")
    @DecimalMin(value = "-90", message = "{institution.latitude.range}")
    @DecimalMax(value = "90", message = "{institution.latitude.range}")
    private Double latitude;

    @NotNull(message = "{institution.longitude.range}")
    @DecimalMin(value = "-180", message = "{institution.longitude.range}")
    @DecimalMax(value = "180", message = "{institution.longitude.range}")
    private Double longitude;

    /** A school in a rural area (its people get priority on trainings that give it). */
    @JsonbTypeDeserializer(StrictJson.YesNo.class)
    private boolean rural;

    private Long version;

    public static InstitutionDraft of(Institution institution) {
        InstitutionDraft draft = new InstitutionDraft();
        draft.name = institution.getName();
        draft.type = institution.getType();
        draft.countryCode = institution.getCountry().getCode();
        draft.city = institution.getCity();
        draft.latitude = institution.getLocation().getLatitude();
        draft.longitude = institution.getLocation().getLongitude();
        draft.rural = institution.isRural();
        draft.version = institution.getVersion();
        return draft;
    }

    public boolean isRural() {
        return rural;
    }

    public void setRural(boolean rural) {
        this.rural = rural;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city == null ? null : city.trim();
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
