package eu.cginternational.domain.guidance;

/** The vocational field an occupation belongs to, for filtering. Each value is also a message key ({@code Sector.ICT}). */
public enum Sector {
    CONSTRUCTION, MECHANICS_METAL, ELECTRICAL_ELECTRONICS, ICT, TOURISM_HOSPITALITY, HEALTH_CARE, AGRICULTURE_FOOD,
    TRANSPORT_LOGISTICS, BUSINESS_ADMINISTRATION, TEXTILES_CRAFTS, PERSONAL_SERVICES, MANUFACTURING,
    ENERGY_ENVIRONMENT, PUBLIC_SAFETY
}
