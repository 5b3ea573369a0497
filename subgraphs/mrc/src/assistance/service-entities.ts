import { MedicalConsultation } from '../medical/medical-consultation.entity.js';
import { TraffickingCase, UamCase } from '../protection/protection.entity.js';
import { AwarenessSession } from '../awareness/awareness.entity.js';
import { MhpssAttendance, MhpssGroupActivity, MhpssSession } from '../mhpss/mhpss.entity.js';
import { Distribution, StockItem, StockMovement } from './stock.entity.js';

/** The entities of the assistance and protection services. */
export const serviceEntities = [MedicalConsultation, StockItem, StockMovement, Distribution, UamCase, TraffickingCase, MhpssSession, MhpssGroupActivity, MhpssAttendance, AwarenessSession];
