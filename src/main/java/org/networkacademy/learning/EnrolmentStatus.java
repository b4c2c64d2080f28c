package org.networkacademy.learning;

/** Status of an enrolment in a module. */
public enum EnrolmentStatus { IN_PROGRESS, COMPLETED }
