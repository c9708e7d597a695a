package eu.cginternational.domain.learning;

/**
 * A level of the Common European Framework of Reference for Languages. Every value is also a
 * message key ({@code CefrLevel.NAME}).
 */
public enum CefrLevel {
    A1, A2, B1, B2, C1, C2
}
