package dev.crmkit.examples.web;

/** The stage changes a board form or a drop can ask for, each mapped to one {@code Deals} use case. */
enum DealAction {
    /** {@code Deals.move(id, stage)}; the form field {@code stage} names the target stage key. */
    MOVE("move"),
    /** {@code Deals.closeWon(id)}. */
    WON("won"),
    /** {@code Deals.closeLost(id, reason)}; the form field {@code reason} carries the reason. */
    LOST("lost"),
    /** {@code Deals.reopen(id)}. */
    REOPEN("reopen");

    private final String path;

    DealAction(String path) {
        this.path = path;
    }

    /** The last path segment of the action's URL. */
    String path() {
        return path;
    }
}
