package eu.cginternational.service.training;

import eu.cginternational.domain.training.Training;
import java.io.Serializable;

/**
 * A training as a page of the catalogue, or its own page, shows it: the training with its seats taken
 * and its waiting list counted by the database, for a whole page of the catalogue at once. A page thus
 * never reads the registrations of its trainings, which may be thousands each; the decisions on seats
 * count them on the training itself, under its lock. The counts are those of the moment the page was read.
 */
public final class CatalogueRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Training training;
    private final int seatsTaken;
    private final int waitingListLength;

    CatalogueRow(Training training, int seatsTaken, int waitingListLength) {
        this.training = training;
        this.seatsTaken = seatsTaken;
        this.waitingListLength = waitingListLength;
    }

    public Training getTraining() {
        return training;
    }

    public Long getId() {
        return training.getId();
    }

    /** The people holding a seat. */
    public int getSeatsTaken() {
        return seatsTaken;
    }

    /** The seats free, never below none: a capacity cannot drop below the seats taken, but the count is of its moment. */
    public int getSeatsLeft() {
        return Math.max(0, training.getCapacity() - seatsTaken);
    }

    public int getWaitingListLength() {
        return waitingListLength;
    }
}
