package keystone.decisionmap.ui.internal;

import keystone.decisionmap.BuyingRole;
import keystone.decisionmap.Influence;
import keystone.decisionmap.Level;
import keystone.decisionmap.Stance;
import keystone.decisionmap.Strength;

/**
 * The user's names of the decision map's enumerations, from the message bundle.
 */
final class Labels {

    private Labels() {
    }

    static String of(Level level) {
        return switch (level) {
            case TOP -> Messages.Level_TOP;
            case MIDDLE -> Messages.Level_MIDDLE;
            case OPERATIONAL -> Messages.Level_OPERATIONAL;
        };
    }

    static String of(Stance stance) {
        return switch (stance) {
            case CHAMPION -> Messages.Stance_CHAMPION;
            case SUPPORTER -> Messages.Stance_SUPPORTER;
            case NEUTRAL -> Messages.Stance_NEUTRAL;
            case SCEPTIC -> Messages.Stance_SCEPTIC;
            case OPPONENT -> Messages.Stance_OPPONENT;
        };
    }

    static String of(Influence influence) {
        return switch (influence) {
            case HIGH -> Messages.Influence_HIGH;
            case MEDIUM -> Messages.Influence_MEDIUM;
            case LOW -> Messages.Influence_LOW;
        };
    }

    static String of(BuyingRole role) {
        return switch (role) {
            case ECONOMIC_BUYER -> Messages.Role_ECONOMIC_BUYER;
            case DECISION_MAKER -> Messages.Role_DECISION_MAKER;
            case TECHNICAL_BUYER -> Messages.Role_TECHNICAL_BUYER;
            case USER_BUYER -> Messages.Role_USER_BUYER;
            case INFLUENCER -> Messages.Role_INFLUENCER;
            case GATEKEEPER -> Messages.Role_GATEKEEPER;
            case COACH -> Messages.Role_COACH;
        };
    }

    static String of(Strength strength) {
        return switch (strength) {
            case NONE -> Messages.Strength_NONE;
            case ACQUAINTANCE -> Messages.Strength_ACQUAINTANCE;
            case WORKING -> Messages.Strength_WORKING;
            case TRUSTED_ADVISOR -> Messages.Strength_TRUSTED_ADVISOR;
        };
    }
}
