package io.releasetrain.promoter.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Since when the calendar has watched a train: slots before then are not reported missed. */
@Entity
@Table(name = "calendar_train")
public class CalendarTrain extends PanacheEntityBase {

    @Id
    public String name;
    @Column(name = "watched_since")
    public Instant watchedSince;
}
