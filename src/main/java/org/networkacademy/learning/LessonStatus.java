package org.networkacademy.learning;

/** A trainee's status on one lesson. */
public enum LessonStatus { NOT_STARTED, IN_PROGRESS, COMPLETED }
