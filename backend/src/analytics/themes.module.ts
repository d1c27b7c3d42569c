import { Module } from '@nestjs/common';
import { ReclassificationController, ThemesController } from './themes.controller';
import { ThemesService } from './themes.service';

@Module({ controllers: [ThemesController, ReclassificationController], providers: [ThemesService], exports: [ThemesService] })
export class ThemesModule {}
