package org.networkacademy.cohort;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CohortRepository extends JpaRepository<Cohort, Long> {
    Optional<Cohort> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    @Query("SELECT c FROM Cohort c WHERE :userId MEMBER OF c.trainerIds ORDER BY c.createdAt DESC")
    List<Cohort> findTrainedBy(Long userId);

    List<Cohort> findAllByOrderByCreatedAtDesc();

    @Query(value = "SELECT COUNT(*) FROM enrolment WHERE cohort_id = :cohortId", nativeQuery = true)
    long countLearners(Long cohortId);
}

interface NotificationRepository extends JpaRepository<Notification, Long> {
    List<Notification> findTop50ByUserIdOrderByCreatedAtDesc(Long userId);

    long countByUserIdAndReadAtIsNull(Long userId);
}
