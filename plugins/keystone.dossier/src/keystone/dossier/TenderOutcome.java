package keystone.dossier;

/**
 * How a tender we took part in ended; only {@link #WON} and {@link #LOST} are decided and count in the win rate.
 */
public enum TenderOutcome {
    WON, LOST, WITHDRAWN, OPEN
}
