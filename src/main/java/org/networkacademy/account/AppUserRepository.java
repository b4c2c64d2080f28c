package org.networkacademy.account;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByRolesContains(Role role);

    java.util.List<AppUser> findByRolesContainsOrderByDisplayName(Role role);

    java.util.List<AppUser> findByEmailInIgnoreCase(java.util.Collection<String> emails);

    @org.springframework.data.jpa.repository.Query("""
            SELECT u FROM AppUser u WHERE :q = '' OR LOWER(u.displayName) LIKE CONCAT('%', :q, '%')
               OR LOWER(u.email) LIKE CONCAT('%', :q, '%') OR LOWER(u.institution) LIKE CONCAT('%', :q, '%')""")
    org.springframework.data.domain.Page<AppUser> search(String q, org.springframework.data.domain.Pageable page);
}
