package org.networkacademy.certification;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    Optional<Certificate> findByEnrolmentId(Long enrolmentId);

    List<Certificate> findByUserIdOrderByIssuedAtDesc(Long userId);

    @Query("""
            select c from Certificate c
            where (:text = '' or lower(c.recipientName) like lower(concat('%', :text, '%'))
                   or lower(c.recipientInstitution) like lower(concat('%', :text, '%')) or c.code = :text)
              and (:status is null or c.status = :status)
              and (:country = '' or c.recipientCountry = :country)
              and (:trainerId is null or c.enrolmentId in (select e.id from Enrolment e, Cohort co
                   where e.cohortId = co.id and :trainerId member of co.trainerIds))
            order by c.issuedAt desc, c.id desc""")
    List<Certificate> search(@Param("text") String text, @Param("status") Certificate.Status status,
                             @Param("country") String country, @Param("trainerId") Long trainerId, Pageable page);
}
