package org.networkacademy.learning;

/** What an attempt is an attempt at. */
public enum AttemptKind { KNOWLEDGE_CHECK, FINAL_ASSESSMENT, SELF_ASSESSMENT }
