// The submission form: pin on the map (or "Mein Standort", or the keyboard), address, place name,
// story, first name, email with consent. Checked before sending; the text stays until a 201.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { locateDistrict } from '../map/pip';
import { useDistrictGeometry } from '../map/useDistrictGeometry';
import { encodeSolution, solveChallenge } from './altcha';
import { fetchChallenge, postEntry } from './api';
import { useI18n } from './I18nContext';
import type { MessageKey } from './i18n';
import { round6, type LonLat } from './pinKeys';
import {
    EMPTY_VALUES,
    FIELD_ORDER,
    firstErrorField,
    LIMITS,
    textLength,
    toPayload,
    validateSubmission,
    type Field,
    type FieldErrors,
    type SubmissionValues,
} from './validation';

// deck.gl is the page's largest part: the form is usable while it loads.
const PickMap = lazy(() => import('./PickMap'));

type Phase = 'editing' | 'sending' | 'solving' | 'done';
type TextFieldName = 'placeName' | 'story' | 'address' | 'firstName' | 'email';

const fieldId = (field: Field) => `f-${field}`;
const errorId = (field: Field) => `f-${field}-error`;

const FIELD_LABELS: Record<Field, MessageKey> = {
    location: 'submit.where',
    address: 'submit.address',
    placeName: 'submit.placeName',
    story: 'submit.story',
    firstName: 'submit.firstName',
    email: 'submit.email',
    consent: 'submit.consent',
};

const ErrorText = ({ field, error }: { field: Field; error?: string }) =>
    error ? (
        <p className="field-error" id={errorId(field)}>
            <span aria-hidden="true">⚠ </span>
            {error}
        </p>
    ) : null;

const describedBy = (...ids: (string | false | undefined | null)[]) => ids.filter(Boolean).join(' ') || undefined;

export interface SubmitViewProps {
    announce: (message: string) => void;
    focusHeading: boolean;
}

export const SubmitView = ({ announce, focusHeading }: SubmitViewProps) => {
    const { lang, t } = useI18n();
    const { data: districts } = useDistrictGeometry();
    const [values, setValues] = useState<SubmissionValues>(EMPTY_VALUES);
    const [errors, setErrors] = useState<FieldErrors>({});
    const [summary, setSummary] = useState(false);
    const [general, setGeneral] = useState<string | null>(null);
    const [phase, setPhase] = useState<Phase>('editing');
    const [recenter, setRecenter] = useState(0);
    const [geoStatus, setGeoStatus] = useState<string | null>(null);
    const headingRef = useRef<HTMLHeadingElement>(null);
    const thanksRef = useRef<HTMLHeadingElement>(null);
    const generalRef = useRef<HTMLParagraphElement>(null);
    const busy = phase === 'sending' || phase === 'solving';
    const pin = useMemo(() => (values.lon !== null && values.lat !== null ? { lon: values.lon, lat: values.lat } : null), [values.lon, values.lat]);
    const pinDistrict = useMemo(() => locateDistrict(districts, pin?.lon, pin?.lat), [districts, pin]);

    useEffect(() => {
        if (focusHeading) headingRef.current?.focus();
    }, [focusHeading]);

    useEffect(() => {
        if (phase === 'done') thanksRef.current?.focus();
    }, [phase]);

    // Messages follow the language switch.
    useEffect(() => {
        setErrors((current) => (Object.keys(current).length ? validateSubmission(values, { lang, districts }) : current));
        // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [lang]);

    const validateOne = (next: SubmissionValues, field: Field) => {
        setErrors((current) => {
            const message = validateSubmission(next, { lang, districts })[field];
            if (current[field] === message) return current;
            const updated = { ...current };
            if (message) updated[field] = message;
            else delete updated[field];
            return updated;
        });
    };

    const update = (field: TextFieldName) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
        const next = { ...values, [field]: event.target.value };
        setValues(next);
        if (errors[field]) validateOne(next, field);
        if (field === 'email' && errors.consent) validateOne(next, 'consent');
    };

    // Stable, so that typing in the form does not redraw the map.
    const setPin = useCallback((pin: LonLat) => setValues((current) => ({ ...current, lon: pin.lon, lat: pin.lat })), []);

    // The pin is judged at once: outside Dortmund is said before anything is sent.
    useEffect(() => {
        if (values.lon !== null && values.lat !== null) validateOne(values, 'location');
        // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [values.lon, values.lat, districts]);

    const focusField = (field: Field | undefined) => {
        if (!field) return;
        const element = document.getElementById(fieldId(field)) ?? (field === 'location' ? document.getElementById('f-my-location') : null);
        element?.focus();
    };

    const locate = () => {
        if (!('geolocation' in navigator)) {
            setGeoStatus(t('submit.noGeolocation'));
            return;
        }
        setGeoStatus(t('submit.locating'));
        navigator.geolocation.getCurrentPosition(
            (position) => {
                setGeoStatus(null);
                setPin({ lon: round6(position.coords.longitude), lat: round6(position.coords.latitude) });
                setRecenter((n) => n + 1);
            },
            () => setGeoStatus(t('submit.locationDenied')),
            { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
        );
    };

    const fail = (message: string) => {
        setGeneral(message);
        setPhase('editing');
        // after React has rendered the message
        setTimeout(() => generalRef.current?.focus(), 0);
    };

    const onSubmit = async (event: FormEvent) => {
        event.preventDefault();
        if (busy) return;
        setGeneral(null);
        const found = validateSubmission(values, { lang, districts });
        setErrors(found);
        if (Object.keys(found).length) {
            setSummary(true);
            focusField(firstErrorField(found));
            return;
        }
        setSummary(false);
        const payload = toPayload(values);
        setPhase('sending');
        let challenge;
        try {
            challenge = await fetchChallenge();
        } catch {
            return fail(t('submit.networkError'));
        }
        if (challenge) {
            setPhase('solving');
            const number = await solveChallenge(challenge).catch(() => null);
            if (number === null) return fail(t('submit.challengeFailed'));
            payload.altcha = encodeSolution(challenge, number);
            setPhase('sending');
        }
        const result = await postEntry(payload, lang);
        if (result.kind === 'created') {
            setValues(EMPTY_VALUES);
            setErrors({});
            setPhase('done');
            announce(t('submit.thanks'));
        } else if (result.kind === 'invalid') {
            setErrors(result.errors.fields);
            const first = firstErrorField(result.errors.fields);
            setSummary(Boolean(first));
            if (result.errors.general) fail(result.errors.general);
            else {
                setPhase('editing');
                focusField(first);
            }
        } else if (result.kind === 'tooMany') fail(result.message);
        else fail(t('submit.networkError'));
    };

    const another = () => {
        setPhase('editing');
        setGeneral(null);
        setTimeout(() => headingRef.current?.focus(), 0);
    };

    if (phase === 'done') {
        return (
            <section className="view submit-done" aria-labelledby="thanks-heading">
                <h2 id="thanks-heading" ref={thanksRef} tabIndex={-1} data-testid="thanks">
                    {t('submit.thanks')}
                </h2>
                <p>{t('submit.thanksDetail')}</p>
                <button type="button" className="button button--primary" onClick={another}>
                    {t('submit.another')}
                </button>
            </section>
        );
    }

    const hasPin = values.lon !== null && values.lat !== null;
    const pinText = !hasPin
        ? t('submit.pinNone')
        : pinDistrict
          ? t('submit.pinIn', { district: pinDistrict.properties.name })
          : districts && districts.features.length
            ? t('submit.pinOutside')
            : t('submit.pinSet');
    const coordinates = hasPin
        ? `${values.lat!.toLocaleString(lang, { minimumFractionDigits: 5, maximumFractionDigits: 5 })} N, ${values.lon!.toLocaleString(lang, { minimumFractionDigits: 5, maximumFractionDigits: 5 })} ${lang === 'de' ? 'O' : 'E'}`
        : '';

    const textField = (
        field: TextFieldName,
        options: { help?: MessageKey; type?: string; autoComplete?: string; multiline?: boolean; required?: boolean; max?: number; placeholder?: string } = {},
    ): ReactNode => {
        const error = errors[field];
        const helpId = options.help ? `${fieldId(field)}-help` : undefined;
        const countId = options.max ? `${fieldId(field)}-count` : undefined;
        const common = {
            id: fieldId(field),
            name: field,
            value: values[field],
            onChange: update(field),
            'aria-invalid': error ? true : undefined,
            'aria-required': options.required || undefined,
            'aria-describedby': describedBy(helpId, error && errorId(field)),
            autoComplete: options.autoComplete ?? 'off',
            placeholder: options.placeholder,
        };
        return (
            <div className={`field${error ? ' field--invalid' : ''}`}>
                <label htmlFor={fieldId(field)}>
                    {t(FIELD_LABELS[field])}
                    {options.required && <span className="required" aria-hidden="true"> *</span>}
                </label>
                {options.help && (
                    <p className="field-help" id={helpId}>
                        {t(options.help)}
                    </p>
                )}
                {options.multiline ? <textarea rows={7} {...common} /> : <input type={options.type ?? 'text'} {...common} />}
                {options.max && (
                    <p className="field-count" id={countId}>
                        {t('submit.count', { count: textLength(values[field]), max: options.max })}
                    </p>
                )}
                <ErrorText field={field} error={error} />
            </div>
        );
    };

    const errorList = FIELD_ORDER.filter((field) => errors[field]);

    return (
        <section className="view submit-view" aria-labelledby="submit-heading">
            <h2 id="submit-heading" ref={headingRef} tabIndex={-1}>
                {t('submit.heading')}
            </h2>
            <form className="submit-form" noValidate onSubmit={onSubmit} aria-busy={busy || undefined} data-testid="submit-form">
                {summary && errorList.length > 0 && (
                    <div className="error-summary" role="alert" data-testid="error-summary">
                        <p>{t('submit.errorSummary')}</p>
                        <ul>
                            {errorList.map((field) => (
                                <li key={field}>
                                    <a
                                        href={`#${fieldId(field)}`}
                                        onClick={(event) => {
                                            event.preventDefault();
                                            focusField(field);
                                        }}
                                    >
                                        {t(FIELD_LABELS[field])}: {errors[field]}
                                    </a>
                                </li>
                            ))}
                        </ul>
                    </div>
                )}
                <div className="submit-grid">
                    <fieldset className="submit-where">
                        <legend>{t('submit.where')}</legend>
                        <p className="field-help" id="map-help">
                            {t('submit.mapHelp')}
                        </p>
                        <Suspense fallback={<div className="map-placeholder">{t('map.loading')}</div>}>
                            <PickMap
                                id={fieldId('location')}
                                pin={pin}
                                onPin={setPin}
                                recenter={recenter}
                                districtId={pinDistrict?.properties.id ?? null}
                                label={t('submit.mapLabel')}
                                describedBy={describedBy('map-help', 'pin-status', errors.location && errorId('location'))!}
                                invalid={Boolean(errors.location)}
                            />
                        </Suspense>
                        <p className="pin-status" id="pin-status" aria-live="polite" data-testid="pin-status">
                            {pinText}
                            {coordinates && <span className="pin-coordinates"> ({coordinates})</span>}
                        </p>
                        <ErrorText field="location" error={errors.location} />
                        <div className="locate">
                            <button type="button" id="f-my-location" className="button" onClick={locate}>
                                <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                                    <circle cx="12" cy="12" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
                                    <circle cx="12" cy="12" r="2.5" fill="currentColor" />
                                    <path d="M12 1v4M12 19v4M1 12h4M19 12h4" stroke="currentColor" strokeWidth="2" />
                                </svg>
                                {t('submit.myLocation')}
                            </button>
                            {geoStatus && (
                                <p className="geo-status" role="status">
                                    {geoStatus}
                                </p>
                            )}
                        </div>
                        {textField('address', { help: 'submit.addressHelp', max: LIMITS.address })}
                    </fieldset>
                    <div className="submit-what">
                        <fieldset>
                            <legend>{t('submit.place')}</legend>
                            {textField('placeName', { help: 'submit.placeNameHelp', required: true })}
                            {textField('story', {
                                help: 'submit.storyHelp',
                                multiline: true,
                                required: true,
                                max: LIMITS.story,
                                placeholder: t('submit.storyPlaceholder'),
                            })}
                        </fieldset>
                        <fieldset>
                            <legend>{t('submit.about')}</legend>
                            {textField('firstName', { autoComplete: 'given-name' })}
                            {textField('email', { type: 'email', autoComplete: 'email', help: 'submit.emailHelp' })}
                            <div className={`field field--check${errors.consent ? ' field--invalid' : ''}`}>
                                <input
                                    type="checkbox"
                                    id={fieldId('consent')}
                                    name="consent"
                                    checked={values.consent}
                                    onChange={(event) => {
                                        const next = { ...values, consent: event.target.checked };
                                        setValues(next);
                                        if (errors.consent) validateOne(next, 'consent');
                                    }}
                                    aria-invalid={errors.consent ? true : undefined}
                                    aria-describedby={describedBy(errors.consent && errorId('consent'))}
                                />
                                <label htmlFor={fieldId('consent')}>{t('submit.consent')}</label>
                                <ErrorText field="consent" error={errors.consent} />
                            </div>
                        </fieldset>
                        {/* Honeypot for bots: hidden from people and assistive technology. */}
                        <div className="hp" aria-hidden="true">
                            <label htmlFor="f-website">{t('submit.honeypot')}</label>
                            <input
                                id="f-website"
                                name="website"
                                type="text"
                                tabIndex={-1}
                                autoComplete="off"
                                value={values.website ?? ''}
                                onChange={(event) => setValues({ ...values, website: event.target.value })}
                            />
                        </div>
                        {general && (
                            <p className="form-error" role="alert" tabIndex={-1} ref={generalRef} data-testid="form-error">
                                {general}
                            </p>
                        )}
                        <button type="submit" className="button button--primary button--send" aria-disabled={busy || undefined} data-testid="send">
                            {phase === 'solving' ? t('submit.solving') : phase === 'sending' ? t('submit.sending') : t('submit.send')}
                        </button>
                    </div>
                </div>
            </form>
        </section>
    );
};

export default SubmitView;
