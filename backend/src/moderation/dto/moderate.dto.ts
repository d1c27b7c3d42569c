import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { cleanText } from '../../entries/text';
import { MODERATION_ACTIONS, ModerationAction, REASON_CODES, ReasonCode } from '../state-machine';

export class ModerateFieldsDto {
  @IsIn(MODERATION_ACTIONS, { message: `action must be one of ${MODERATION_ACTIONS.join(', ')}` })
  action: ModerationAction;

  /** reject needs a reason; other actions may carry one (e.g. hold "personal_data"). */
  @ValidateIf((o: ModerateFieldsDto) => o.action === 'reject' || o.reasonCode !== undefined)
  @IsIn(REASON_CODES, { message: `reasonCode is required to reject and must be one of ${REASON_CODES.join(', ')}` })
  reasonCode?: ReasonCode;

  @IsOptional()
  @Transform(({ value }) => cleanText(value, true) || undefined)
  @MaxLength(1000)
  @IsString()
  note?: string;
}

export class ModerateEntryDto extends ModerateFieldsDto {
  @IsInt({ message: 'version must be the whole-number version of the record you decided on' })
  @Min(1)
  version: number;
}

export class BulkModerateDto extends ModerateFieldsDto {
  @ArrayMaxSize(5000)
  @ArrayMinSize(1)
  @IsString({ each: true })
  @IsArray()
  ids: string[];
}

export class RedactDto {
  @Min(0)
  @IsInt()
  start: number;

  @Min(1)
  @IsInt()
  end: number;

  @Transform(({ value }) => cleanText(value, true))
  @MaxLength(500)
  @IsNotEmpty({ message: 'reason must say why the text is removed' })
  @IsString()
  reason: string;

  @Min(1)
  @IsInt({ message: 'version must be the whole-number version of the record you redacted' })
  version: number;
}
