package org.networkacademy.plan;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface NetworkPlanRepository extends JpaRepository<NetworkPlan, Long> {
    Optional<NetworkPlan> findByCohortId(Long cohortId);
}

interface PlanSectionRepository extends JpaRepository<PlanSection, Long> {
    @Query("SELECT s FROM PlanSection s WHERE s.planId = :planId")
    List<PlanSection> findByPlanId(Long planId);

    @Query("SELECT s FROM PlanSection s WHERE s.planId = :planId AND s.sectionKey = :key")
    Optional<PlanSection> find(Long planId, String key);

    /** The section row locked for update: concurrent saves of one section queue here, then compare revisions. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT s FROM PlanSection s WHERE s.planId = :planId AND s.sectionKey = :key")
    Optional<PlanSection> lockForUpdate(Long planId, String key);
}

interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {
    List<PlanRevision> findBySectionIdOrderByRevisionDesc(Long sectionId);

    Optional<PlanRevision> findBySectionIdAndRevision(Long sectionId, int revision);
}

interface PlanCommentRepository extends JpaRepository<PlanComment, Long> {
    List<PlanComment> findBySectionIdOrderByCreatedAtAsc(Long sectionId);
}
