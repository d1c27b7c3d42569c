import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PolygonGeometry } from './geo';

@Entity('districts')
export class District {
  @PrimaryColumn('text')
  id: string;

  @Column('integer')
  nr: number;

  @Column('text')
  name: string;

  @Column('double precision', { name: 'area_km2' })
  areaKm2: number;

  @Column('integer', { nullable: true })
  population: number | null;

  @Column('jsonb')
  geometry: PolygonGeometry;
}
