package io.releasetrain.console.web;

/** A form was sent without something it needs (a reason, a number); the message says what to fix. */
public class FormException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FormException(String message) {
        super(message);
    }
}
